'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { useMembers } from '../../_lib/use-members';
import { HistoryEntry } from './history-entry';
import { filtersSearch, isFiltered, nextHistoryCursor, type HistoryFilters, type historyInput } from './history-query';
import { ListSkeleton } from './list-skeleton';
import { LoadMore } from '../../../../_components/ui/load-more';

interface HistoryListProps {
  input: ReturnType<typeof historyInput>;
  projectKey: string;
  filters: HistoryFilters;
}

export function HistoryList({ input, projectKey, filters }: HistoryListProps) {
  const trpc = useTRPC();
  const people = useMembers(input.projectId);
  // Other filters keep the entries already shown on screen until their own arrive.
  const feed = useInfiniteQuery(
    trpc.history.list.infiniteQueryOptions(input, {
      getNextPageParam: nextHistoryCursor,
      placeholderData: keepPreviousData,
    }),
  );

  if (feed.isPending) return <ListSkeleton />;
  if (feed.isError && !feed.isFetchNextPageError) return <Alert className="my-4">{errorMessage(feed.error)}</Alert>;
  const entries = feed.data.pages.flatMap((page) => page.items);
  if (entries.length === 0)
    return (
      <p className="py-6 text-sm text-stone-500">
        {isFiltered(filters) ? 'Nothing in the history matches these filters.' : 'Nothing has happened here yet.'}
      </p>
    );
  return (
    <div aria-busy={feed.isPlaceholderData} className={feed.isPlaceholderData ? 'opacity-60' : undefined}>
      <ol aria-label="History, newest first" className="divide-y divide-stone-100">
        {entries.map((entry) => (
          <HistoryEntry
            key={entry.position}
            entry={entry}
            people={people}
            projectKey={projectKey}
            replayFilters={filtersSearch(filters).slice(1)}
          />
        ))}
      </ol>
      <LoadMore feed={feed} className="my-4" />
    </div>
  );
}
