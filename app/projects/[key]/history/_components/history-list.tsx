'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import type { ActivityEntry } from '../../../../_lib/router-types';
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
        {groupRestores(entries).map(({ entry, changes }) => {
          const shown = (e: typeof entry) => (
            <HistoryEntry
              key={e.position}
              entry={e}
              people={people}
              projectKey={projectKey}
              replayFilters={filtersSearch(filters).slice(1)}
            />
          );
          if (changes.length === 0) return shown(entry);
          return [
            shown(entry),
            <li key={`${entry.position}-changes`} className="py-2 pl-4">
              <details>
                <summary className="cursor-pointer text-sm text-indigo-700">
                  Show the {changes.length === 1 ? 'change' : `${changes.length} changes`} it made
                </summary>
                <ol
                  aria-label="Changes of this restore"
                  className="mt-1 divide-y divide-stone-100 border-l border-stone-200 pl-3"
                >
                  {changes.map(shown)}
                </ol>
              </details>
            </li>,
          ];
        })}
      </ol>
      <LoadMore feed={feed} className="my-4" />
    </div>
  );
}

/**
 * A restore's changes, listed under its entry rather than among the others: the positions just before its mark, as
 * many as it counts (one append's positions are consecutive).
 */
function groupRestores<E extends ActivityEntry>(entries: readonly E[]) {
  const groups: { entry: E; changes: E[] }[] = [];
  let restore: { from: number; to: number; changes: E[] } | undefined;
  for (const entry of entries) {
    if (restore && entry.position >= restore.from && entry.position < restore.to) {
      restore.changes.push(entry);
      continue;
    }
    const group = { entry, changes: [] as E[] };
    groups.push(group);
    restore =
      entry.type === 'BoardRestored'
        ? { from: entry.position - entry.details.changes, to: entry.position, changes: group.changes }
        : undefined;
  }
  return groups;
}
