'use client';

import { useState } from 'react';
import { buttonStyles } from '../../../../_components/ui/styles';
import { Alert } from '../../../../_components/ui/alert';
import { errorMessage } from '../../../../_lib/error-message';
import { HistoryFiltersForm } from '../../history/_components/history-filters';
import { isFiltered } from '../../history/_components/history-query';
import { ActionList } from './action-list';
import type { useChangeTrack } from './use-change-track';
import type { useReplayFilters } from './use-replay-filters';

interface ReplayChangesProps {
  projectId: string;
  projectKey: string;
  track: ReturnType<typeof useChangeTrack>;
  replayFilters: ReturnType<typeof useReplayFilters>;
}

/** Beside the slider: the changes around its point, and the History page's filters that narrow both. */
export function ReplayChanges({ projectId, projectKey, track, replayFilters }: ReplayChangesProps) {
  const { filters, filteredTask, taskMissing, setFilters } = replayFilters;
  const filtered = isFiltered(filters);
  const [open, setOpen] = useState(filtered);
  return (
    <div className="min-w-0 space-y-2 px-4 pb-3 sm:px-6 lg:w-[26rem] lg:shrink-0 lg:py-3 lg:pl-0">
      <details
        open={open}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary className={`${buttonStyles.ghost} cursor-pointer`}>
          {filtered
            ? `Filtered: ${track.count} matching ${track.count === 1 ? 'change' : 'changes'}`
            : 'Filter changes'}
        </summary>
        <div className="mt-2">
          <HistoryFiltersForm
            projectId={projectId}
            projectKey={projectKey}
            filters={filters}
            filteredTask={filteredTask}
            onChange={setFilters}
          />
        </div>
      </details>
      {taskMissing ? (
        <p className="text-sm text-stone-700">
          This project has no task {projectKey}-{filters.task}.
        </p>
      ) : track.error ? (
        <Alert>{errorMessage(track.error)}</Alert>
      ) : track.filtered && track.count === 0 && !track.loading ? (
        <p className="text-sm text-stone-700">No change matches these filters.</p>
      ) : (
        <ActionList
          projectId={projectId}
          projectKey={projectKey}
          items={track.items}
          value={track.value}
          onJump={track.goTo}
          label={filtered ? 'Matching changes around this point' : 'Changes around this step'}
        />
      )}
    </div>
  );
}
