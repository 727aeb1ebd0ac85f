'use client';

import { historyHref } from '../../_lib/links';
import { HistoryFiltersForm } from './history-filters';
import { HistoryList } from './history-list';
import { filtersSearch, historyInput } from './history-query';
import { ListSkeleton } from './list-skeleton';
import { useAddressFilters } from './use-address-filters';

/** Every event of the project, newest first, narrowed by the filters in the address. */
export function HistoryTimeline({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const { filters, task, filteredTask, taskMissing, setFilters } = useAddressFilters(projectKey, (next) =>
    historyHref(projectKey, filtersSearch(next)),
  );

  return (
    <>
      <HistoryFiltersForm
        projectId={projectId}
        projectKey={projectKey}
        filters={filters}
        filteredTask={filteredTask}
        onChange={setFilters}
      />
      <div className="mt-4 rounded-lg border border-stone-200 bg-white px-4">
        {taskMissing ? (
          <p className="py-6 text-sm text-stone-600">
            This project has no task {projectKey}-{filters.task}.
          </p>
        ) : filters.task !== null && !task.data ? (
          <ListSkeleton />
        ) : (
          <HistoryList
            input={historyInput(projectId, filters, task.data?.task.id)}
            projectKey={projectKey}
            filters={filters}
          />
        )}
      </div>
    </>
  );
}
