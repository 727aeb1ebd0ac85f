'use client';

import { useEffect, useRef } from 'react';
import type { Board } from '../../../../_lib/router-types';

/** Matches Tailwind's `sm` breakpoint: below it one column fills the screen and this switcher shows. */
const PHONE = '(max-width: 639.98px)';

/**
 * On a phone the board shows one column at a time: a row of the columns with their counts, each taking the board to
 * its column. The board first opens on the first column with tasks rather than on an empty one.
 */
export function ColumnSwitcher({ board, counts }: { board: Board; counts: ReadonlyMap<string, number> }) {
  const firstFull = board.columns.find((c) => (counts.get(c.status.id) ?? 0) > 0)?.status.id;
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !firstFull || !window.matchMedia(PHONE).matches) return;
    opened.current = true;
    if (firstFull !== board.columns[0]?.status.id) showColumn(firstFull, 'instant');
  }, [firstFull, board.columns]);

  return (
    <nav aria-label="Columns" className="mb-2 flex gap-1 overflow-x-auto px-4 sm:hidden">
      {board.columns.map(({ status }) => (
        <button
          key={status.id}
          type="button"
          onClick={() => {
            showColumn(status.id, 'smooth');
          }}
          className="inline-flex min-h-10 shrink-0 items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 text-sm text-stone-800"
        >
          {status.name}
          <span className="rounded-full bg-stone-200 px-1.5 text-xs font-medium text-stone-700">
            {counts.get(status.id) ?? 0}
            <span className="sr-only"> {counts.get(status.id) === 1 ? 'task' : 'tasks'}</span>
          </span>
        </button>
      ))}
    </nav>
  );
}

function showColumn(statusId: string, behavior: ScrollBehavior) {
  const column = document.querySelector(`[data-column-id="${statusId}"]`);
  const scroller = column?.closest('[data-board-scroller]');
  if (!column || !scroller) return;
  const left = column.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
  scroller.scrollTo({ left: left - 16, behavior });
}
