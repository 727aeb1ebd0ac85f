'use client';

import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../../_trpc/client';
import { LoadMore } from '../../../../../_components/ui/load-more';
import { useMembers } from '../../../_lib/use-members';
import { HistoryEntry } from '../../_components/history-entry';
import { betweenInput, nextBetweenCursor } from './between-query';

interface CompareEventsProps {
  projectId: string;
  projectKey: string;
  from: number;
  to: number;
}

/** The changes that made the comparison (`git log from..to`), in the order they happened, each open to inspect. */
export function CompareEvents({ projectId, projectKey, from, to }: CompareEventsProps) {
  const trpc = useTRPC();
  const people = useMembers(projectId);
  const feed = useSuspenseInfiniteQuery(
    trpc.history.between.infiniteQueryOptions(betweenInput(projectId, from, to), {
      getNextPageParam: nextBetweenCursor,
    }),
  );
  const entries = feed.data.pages.flatMap((page) => page.items);
  const total = feed.data.pages[0]?.total ?? 0;

  return (
    <section aria-labelledby="between-heading" className="mt-4 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="between-heading" className="text-sm font-semibold">
        {total === 0 ? 'No changes in between' : `The ${total === 1 ? 'change' : `${total} changes`} that made this`}
      </h3>
      {total > 0 && (
        <>
          <p className="mt-1 text-sm text-stone-600">
            Oldest first{entries.length < total ? `, ${entries.length} shown` : ''}.
          </p>
          <ol aria-label="Changes in between, oldest first" className="divide-y divide-stone-100">
            {entries.map((entry) => (
              <HistoryEntry key={entry.position} entry={entry} people={people} projectKey={projectKey} />
            ))}
          </ol>
          <LoadMore feed={feed} className="mt-3" />
        </>
      )}
    </section>
  );
}
