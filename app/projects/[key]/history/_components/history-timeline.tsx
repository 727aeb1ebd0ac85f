'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { retryUnlessRefused } from '../../../../_lib/retry';
import { historyHref } from '../../_lib/links';
import { HistoryFiltersForm } from './history-filters';
import { HistoryList } from './history-list';
import { filtersSearch, historyInput, isFiltered, readFilters, type HistoryFilters } from './history-query';
import { ListSkeleton } from './list-skeleton';

/** Every event of the project, newest first, narrowed by the filters in the address. */
export function HistoryTimeline({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const address = searchParams.toString();
  // A change shows at once, before Next.js has caught up with the new address; the address wins once it changes
  // (including by the back button).
  const [chosen, setChosen] = useState<{ address: string; filters: HistoryFilters } | null>(null);
  const filters = chosen && chosen.address === address ? chosen.filters : readFilters((name) => searchParams.get(name));
  // The address names a task by its number; the timeline asks by its id.
  const task = useQuery(
    trpc.task.getByNumber.queryOptions(filters.task === null ? skipToken : { key: projectKey, number: filters.task }, {
      retry: retryUnlessRefused,
    }),
  );
  // Each change of filter is a step the back button can undo; Next.js follows pushState without a server round trip.
  const setFilters = (next: HistoryFilters) => {
    setChosen({ address, filters: next });
    window.history.pushState(null, '', historyHref(projectKey, filtersSearch(next)));
  };

  return (
    <>
      <HistoryFiltersForm
        projectId={projectId}
        projectKey={projectKey}
        filters={filters}
        filteredTask={task.data ? { number: task.data.task.number, title: task.data.task.title } : null}
        onChange={setFilters}
      />
      <div className="mt-4 rounded-lg border border-stone-200 bg-white px-4">
        {filters.task !== null && task.isError ? (
          <p className="py-6 text-sm text-stone-600">
            This project has no task {projectKey}-{filters.task}.
          </p>
        ) : filters.task !== null && !task.data ? (
          <ListSkeleton />
        ) : (
          <HistoryList
            input={historyInput(projectId, filters, task.data?.task.id)}
            projectKey={projectKey}
            filtered={isFiltered(filters)}
          />
        )}
      </div>
    </>
  );
}
