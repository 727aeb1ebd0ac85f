'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { eventHref } from '../../_lib/links';
import { useMembers } from '../../_lib/use-members';
import { activityText, reservedNumberText } from '../activity/activity-words';
import type { TrackItem } from './use-change-track';

interface ActionListProps {
  projectId: string;
  projectKey: string;
  items: readonly TrackItem[];
  /** The number on the track of the change the slider stands on. */
  value: number;
  onJump: (number: number) => void;
  label: string;
}

/**
 * The changes around the slider's point, like Redux DevTools' action list: the current one marked, the list kept
 * scrolled to it, a click jumps there, and each opens in the inspector.
 */
export function ActionList({ projectId, projectKey, items, value, onJump, label }: ActionListProps) {
  const people = useMembers(projectId);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const box = list.current;
    const current = box?.querySelector<HTMLElement>('[aria-current]');
    if (!box || !current) return;
    // Scrolls the list alone: scrollIntoView would scroll the page under the sticky panel too.
    box.scrollTop = current.offsetTop - box.clientHeight / 2 + current.offsetHeight / 2;
  }, [value, items]);

  return (
    <ol
      ref={list}
      aria-label={label}
      className="relative max-h-52 overflow-y-auto rounded-md border border-amber-200 bg-white text-sm"
    >
      {items.map((item) => {
        const current = item.number === value;
        const text = item.activity
          ? activityText(item.activity, people.nameOf)
          : reservedNumberText(people.nameOf(item.actorId));
        return (
          <li
            key={item.position}
            className={`flex items-stretch border-b border-stone-100 last:border-b-0 ${current ? 'bg-indigo-50' : ''}`}
          >
            <button
              type="button"
              aria-current={current ? 'step' : undefined}
              onClick={() => {
                onJump(item.number);
              }}
              className={`flex min-h-10 min-w-0 flex-1 cursor-pointer items-baseline gap-2 px-2 py-1.5 text-left ${
                current ? 'font-medium text-indigo-950' : 'text-stone-700 hover:bg-stone-50'
              }`}
            >
              <span className="w-10 shrink-0 text-right text-xs text-stone-600 tabular-nums">{item.step}</span>
              <span className="min-w-0 flex-1 break-words">{text}</span>
              <RelativeTime date={item.time} className="hidden shrink-0 text-xs text-stone-600 sm:inline" />
            </button>
            <Link
              prefetch={false}
              href={eventHref(projectKey, item.position)}
              aria-label={`Inspect step ${item.step}`}
              title="Open in the inspector"
              className="flex min-h-10 w-10 shrink-0 items-center justify-center text-indigo-700 hover:bg-stone-50"
            >
              <span aria-hidden="true">↗</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
