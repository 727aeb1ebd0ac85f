import { skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { retryUnlessRefused } from '../../../../_lib/retry';
import { typesOf } from '../../history/_components/change-kinds';
import { filtersSearch, readFilters, type HistoryFilters } from '../../history/_components/history-query';
import type { ChangeFilter } from './use-change-track';

/**
 * The History page's filters, in the board's address beside `?at=` (`&task=12&person=<id>&kind=moves`), so that a
 * link to a filtered replay opens the same. The task is named by its number there and by its id to the server.
 */
export function useReplayFilters(projectKey: string) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const address = searchParams.toString();
  // A change shows at once, before Next.js has caught up with the new address; the address wins once it changes.
  const [chosen, setChosen] = useState<{ address: string; filters: HistoryFilters } | null>(null);
  const filters = chosen && chosen.address === address ? chosen.filters : readFilters((name) => searchParams.get(name));
  const task = useQuery(
    trpc.task.getByNumber.queryOptions(filters.task === null ? skipToken : { key: projectKey, number: filters.task }, {
      retry: retryUnlessRefused,
    }),
  );
  const types = typesOf(filters.kinds);
  const known = filters.task === null || task.data !== undefined;
  const filter: ChangeFilter | null = known
    ? {
        ...(task.data ? { taskId: task.data.task.id } : {}),
        ...(filters.person ? { actorId: filters.person } : {}),
        ...(types.length > 0 ? { types } : {}),
      }
    : null;

  return {
    filters,
    filter,
    /** The task filtered on, which a deleted task is not on the board to offer. */
    filteredTask: task.data ? { number: task.data.task.number, title: task.data.task.title } : null,
    taskMissing: filters.task !== null && task.isError,
    setFilters: (next: HistoryFilters) => {
      setChosen({ address, filters: next });
      const url = new URL(window.location.href);
      for (const name of ['task', 'person', 'kind']) url.searchParams.delete(name);
      for (const [name, value] of new URLSearchParams(filtersSearch(next))) url.searchParams.set(name, value);
      // Each change of filter is a step the back button can undo, as on the History page.
      window.history.pushState(null, '', url.href.replaceAll('%2C', ','));
    },
  };
}
