'use client';

import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '../../_trpc/client';
import { UNREAD_POLL_MS } from '../../_components/inbox-link';
import { newCommandId } from '../../_lib/command-id';
import { errorMessage } from '../../_lib/error-message';
import { exactTimeUtc } from '../../_lib/format';
import { Alert } from '../../_components/ui/alert';
import { buttonStyles } from '../../_components/ui/styles';
import { whatHappened, type InboxNotification } from './inbox-words';

const linkId = (n: InboxNotification) => `notification-${n.id}`;
const HEADING = 'inbox-heading';

export function InboxList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Polled like the header's count, so that the two agree.
  const { data } = useSuspenseQuery(trpc.inbox.list.queryOptions(undefined, { refetchInterval: UNREAD_POLL_MS }));
  const markRead = useMutation(
    trpc.inbox.markRead.mutationOptions({
      onSuccess: async (_outcome, sent) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.inbox.list.queryFilter()),
          queryClient.invalidateQueries(trpc.inbox.unreadCount.queryFilter()),
        ]);
        // The button pressed is gone: the focus goes to what it was about, or to the top of the list.
        const [one] = sent.positions;
        const target = one === undefined ? null : document.getElementById(`notification-${one}`);
        (target ?? document.getElementById(HEADING))?.focus();
      },
    }),
  );
  const unread = data.notifications.filter((n) => n.unread);
  const newest = Math.max(0, ...data.notifications.map((n) => n.position ?? 0));

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id={HEADING} tabIndex={-1} className="text-2xl font-semibold tracking-tight">
          Inbox
        </h1>
        {unread.length > 0 && (
          <button
            type="button"
            disabled={markRead.isPending}
            onClick={() => {
              markRead.mutate({ commandId: newCommandId(), upTo: newest, positions: [] });
            }}
            className={buttonStyles.secondary}
          >
            Mark all read
          </button>
        )}
      </div>
      <p className="mt-1 text-sm text-stone-600" aria-live="polite">
        {unread.length === 0 ? 'Nothing unread.' : `${unread.length} unread.`}
        {!data.ready && ' Notifications are still being gathered from the history; this page shows them shortly.'}
      </p>
      {markRead.error && <Alert className="mt-3">{errorMessage(markRead.error)}</Alert>}
      {data.notifications.length === 0 ? (
        <p className="mt-8 text-sm text-stone-600">
          When someone assigns you a task, mentions you with @ or comments on a task of yours, it shows here.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {data.notifications.map((n) => (
            <li key={n.id} className={`flex items-start gap-3 px-4 py-3 ${n.unread ? 'bg-indigo-50/40' : ''}`}>
              <span
                aria-hidden="true"
                className={`mt-2 size-2 shrink-0 rounded-full ${n.unread ? 'bg-indigo-600' : 'bg-transparent'}`}
              />
              <div className="min-w-0 flex-1">
                {/* A document load, not a soft navigation: the task's full page, with the comment that mentioned the
                    person, rather than the board's task panel (which a soft navigation to a task opens). */}
                <a
                  id={linkId(n)}
                  href={`/projects/${n.projectKey}/tasks/${n.taskNumber}`}
                  className="relative font-medium text-stone-900 underline-offset-4 hover:underline"
                >
                  {n.unread && <span className="sr-only">Unread: </span>}
                  <span className="font-mono text-indigo-700">
                    {n.projectKey}-{n.taskNumber}
                  </span>{' '}
                  {n.taskTitle}
                </a>
                <p className="text-sm text-stone-600">
                  {whatHappened(n)}
                  {n.at && (
                    <>
                      {' · '}
                      <time dateTime={n.at.toISOString()}>{exactTimeUtc(n.at)}</time>
                    </>
                  )}
                  {' · '}
                  {n.projectName}
                </p>
              </div>
              {n.unread && n.position !== null && (
                <button
                  type="button"
                  disabled={markRead.isPending}
                  onClick={() => {
                    markRead.mutate({ commandId: newCommandId(), upTo: null, positions: [n.position!] });
                  }}
                  className={buttonStyles.ghost}
                >
                  Mark read
                  <span className="sr-only">
                    : {n.projectKey}-{n.taskNumber}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
