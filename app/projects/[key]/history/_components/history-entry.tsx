'use client';

import Link from 'next/link';
import { useId } from 'react';
import type { ActivityEntry } from '../../../../_lib/router-types';
import type { Members } from '../../_lib/use-members';
import { ExactTime } from '../../../../_components/ui/exact-time';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { ActivitySentence } from '../../_components/activity/activity-sentence';
import { boardHref, eventHref } from '../../_lib/links';

const entryLink = 'inline-flex min-h-8 items-center font-medium text-indigo-700 underline-offset-4 hover:underline';

export function HistoryEntry({
  entry,
  people,
  projectKey,
  replayFilters = '',
}: {
  entry: ActivityEntry;
  people: Members;
  projectKey: string;
  /** The timeline's filters (`task=12&kind=moves`): the replay opened from an entry keeps them, on its slider too. */
  replayFilters?: string;
}) {
  // The links read the same on every entry; the sentence says which change they are about. A page holds dozens of
  // them, so they are not prefetched, as on the board.
  const sentenceId = useId();
  return (
    <li className="py-3">
      <p id={sentenceId} className="text-sm break-words text-stone-800">
        <ActivitySentence entry={entry} people={people} />
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-stone-500">
        <span>
          <RelativeTime date={entry.at} /> <span aria-hidden="true">·</span> <ExactTime date={entry.at} />
        </span>
        <Link
          prefetch={false}
          href={`${boardHref(projectKey, entry.position)}${replayFilters && `&${replayFilters}`}`}
          aria-describedby={sentenceId}
          className={entryLink}
        >
          View board as of this
        </Link>
        <Link
          prefetch={false}
          href={eventHref(projectKey, entry.position)}
          aria-describedby={sentenceId}
          className={entryLink}
        >
          Inspect event
        </Link>
      </div>
    </li>
  );
}
