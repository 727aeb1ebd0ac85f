'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../_trpc/client';

/**
 * The header's way to the inbox, with the number of unread notifications. It polls: the live stream the app has is
 * per project and says when a project's events commit, while the inbox spans projects and is an asynchronous read
 * model that has the notification only a moment after that commit. A count every few seconds, and on returning to
 * the tab, is one small query per open tab.
 */
export const UNREAD_POLL_MS = 10_000;

export function InboxLink() {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.inbox.unreadCount.queryOptions(undefined, { refetchInterval: UNREAD_POLL_MS, refetchOnWindowFocus: true }),
  );
  const unread = data?.unread ?? 0;
  const shown = data && unread >= data.counted ? `${data.counted - 1}+` : String(unread);
  return (
    <Link
      href="/inbox"
      className="inline-flex min-h-10 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-stone-600 hover:text-stone-900"
    >
      Inbox
      {unread > 0 && (
        // Its name is what it shows, and then some ("Inbox 3 unread"), as a label must hold its visible words.
        <span className="min-w-5 rounded-full bg-indigo-600 px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums">
          {shown}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
