import { skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { retryUnlessRefused } from '../../../../_lib/retry';
import { readFilters, type HistoryFilters } from './history-query';

/**
 * The History filters kept in the address (`?task=12&person=<id>&kind=moves`), as the History page and the replay
 * read them. The address names a task by its number; the task it names is looked up for its id.
 */
export function useAddressFilters(projectKey: string, addressOf: (next: HistoryFilters) => string) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const address = searchParams.toString();
  // A change shows at once, before Next.js has caught up with the new address; the address wins once it changes
  // (including by the back button).
  const [chosen, setChosen] = useState<{ address: string; filters: HistoryFilters } | null>(null);
  const filters = chosen && chosen.address === address ? chosen.filters : readFilters((name) => searchParams.get(name));
  const task = useQuery(
    trpc.task.getByNumber.queryOptions(filters.task === null ? skipToken : { key: projectKey, number: filters.task }, {
      retry: retryUnlessRefused,
    }),
  );
  return {
    filters,
    task,
    /** The task filtered on, which a deleted task is not on the board to offer. */
    filteredTask: task.data ? { number: task.data.task.number, title: task.data.task.title } : null,
    taskMissing: filters.task !== null && task.isError,
    // Each change of filter is a step the back button can undo; Next.js follows pushState without a server round trip.
    setFilters: (next: HistoryFilters) => {
      setChosen({ address, filters: next });
      window.history.pushState(null, '', addressOf(next));
    },
  };
}
