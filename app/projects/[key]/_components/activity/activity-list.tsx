'use client';

import type { ActivityEntry } from '../../../../_lib/router-types';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { useMembers } from '../../_lib/use-members';
import { ActivitySentence } from './activity-sentence';

/**
 * With `at`, the tasks the entries name link to those tasks as they stood at that point; `detail` adds what an
 * entry's sentence leaves out (the words of a description, say) below it.
 */
export function ActivityList({
  projectId,
  entries,
  label,
  at,
  detail,
}: {
  projectId: string;
  entries: readonly ActivityEntry[];
  label: string;
  at?: number;
  detail?: (entry: ActivityEntry) => React.ReactNode;
}) {
  const people = useMembers(projectId);
  return (
    <ol aria-label={label} className="divide-y divide-stone-100">
      {entries.map((entry) => (
        <li key={entry.position} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:items-baseline sm:gap-4">
          <div className="min-w-0 flex-1">
            <p className="text-sm break-words text-stone-700">
              <ActivitySentence entry={entry} people={people} at={at} />
            </p>
            {detail?.(entry)}
          </div>
          <RelativeTime date={entry.at} className="shrink-0 text-xs text-stone-500" />
        </li>
      ))}
    </ol>
  );
}
