'use client';

import { useCallback, useMemo } from 'react';
import type { Board, BoardTask } from '../../../../../_lib/router-types';
import { useMe } from '../../../../../_lib/use-me';
import { useNow } from '../../../../../_lib/use-now';
import { LabelsThen } from '../../../_lib/labels-then';
import { useMembers } from '../../../_lib/use-members';
import { BoardColumns } from '../board-columns';
import { isFiltering, matchesFilter } from './board-filter';
import { FilterBar } from './filter-bar';
import { TaskList } from './task-list';
import { useBoardViewSettings, type BoardLayoutKind } from './use-board-filter';
import { ViewSwitch } from './view-switch';

/** The calendar day (YYYY-MM-DD) of a moment where the person is, as the cards' overdue marks read it. */
function localDay(moment: number): string {
  const date = new Date(moment);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The board's tasks through the filters in the address, as columns or as a sortable list. A replay's board is
 * filtered alike, and its due dates are judged on the day of the point shown, not today.
 */
export function FilteredBoard({ board }: { board: Board }) {
  const { filter, view, sort, change } = useBoardViewSettings();
  const members = useMembers(board.project.id);
  const me = useMe()?.id ?? null;
  const now = useNow();
  const moment = board.asOf ? new Date(board.asOf.time).getTime() : now;
  const all = useMemo(() => board.columns.flatMap((c) => c.tasks), [board]);
  const labels = useMemo(() => [...new Set(all.flatMap((t) => t.labels))].sort(), [all]);
  // Due filters wait for the browser's clock (as the overdue marks do): the server's day could be another.
  const today = moment === null ? null : localDay(moment);
  const shows = useCallback(
    (task: BoardTask) =>
      !isFiltering(filter) ||
      (today === null && filter.due.length > 0) ||
      matchesFilter(task, filter, { me, today: today ?? '' }),
    [filter, me, today],
  );
  const shown = useMemo(() => all.filter(shows), [all, shows]);

  return (
    <LabelsThen labels={board.labelsThen}>
      <div className="mb-3 flex flex-col items-start gap-2 px-4 sm:flex-row sm:gap-3 sm:px-6">
        <ViewSwitch
          view={view}
          onView={(next: BoardLayoutKind) => {
            change({ view: next });
          }}
        />
        <div className="w-full min-w-0 flex-1">
          <FilterBar
            filter={filter}
            onFilter={(next) => {
              change({ filter: next });
            }}
            members={members}
            labels={labels}
            shown={shown.length}
            total={all.length}
          />
        </div>
      </div>
      {view === 'list' ? (
        <TaskList
          board={board}
          tasks={shown}
          members={members}
          sort={sort}
          onSort={(next) => {
            change({ sort: next });
          }}
          now={moment}
        />
      ) : (
        <BoardColumns board={board} shows={isFiltering(filter) ? shows : undefined} />
      )}
    </LabelsThen>
  );
}
