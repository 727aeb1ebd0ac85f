import type { DragEndEvent, DragOverEvent } from '@dnd-kit/core';
import type { Board } from '../../../../_lib/router-types';

/** Which task ids sit in which column (by status id), in order: what a drag rearranges before anything is sent. */
export type Layout = Readonly<Record<string, readonly string[]>>;

export const layoutOf = (board: Board): Layout =>
  Object.fromEntries(board.columns.map((column) => [column.status.id, column.tasks.map((task) => task.id)]));

export const isColumn = (layout: Layout, id: string) => Object.hasOwn(layout, id);

/** The column an id names, or the column holding the task it names. */
export function columnOf(layout: Layout, id: string): string | undefined {
  if (isColumn(layout, id)) return id;
  return Object.keys(layout).find((statusId) => layout[statusId]?.includes(id));
}

/** Takes a task out of wherever it is and puts it into a column at `index` (counted without the task itself). */
export function placeTask(layout: Layout, taskId: string, toStatusId: string, index: number): Layout {
  const next: Record<string, readonly string[]> = {};
  for (const [statusId, ids] of Object.entries(layout)) {
    const others = ids.filter((id) => id !== taskId);
    next[statusId] = statusId === toStatusId ? [...others.slice(0, index), taskId, ...others.slice(index)] : others;
  }
  return next;
}

/** The same move applied to the board as the server will answer it: what the optimistic update shows. */
export function moveOnBoard(board: Board, taskId: string, toStatusId: string, index: number): Board {
  const task = board.columns.flatMap((column) => column.tasks).find((t) => t.id === taskId);
  if (!task) return board;
  const moved = { ...task, statusId: toStatusId };
  return {
    ...board,
    columns: board.columns.map((column) => {
      const others = column.tasks.filter((t) => t.id !== taskId);
      if (column.status.id !== toStatusId)
        return others.length === column.tasks.length ? column : { ...column, tasks: others };
      return { ...column, tasks: [...others.slice(0, index), moved, ...others.slice(index)] };
    }),
  };
}

/** Where the carried card would land if it were dropped now: a column and its place there among the other cards. */
export function landingPlace(layout: Layout, { active, over }: DragOverEvent | DragEndEvent) {
  if (!over) return null;
  const taskId = String(active.id);
  const overId = String(over.id);
  const from = columnOf(layout, taskId);
  const to = columnOf(layout, overId);
  if (!from || !to) return null;
  const cards = layout[to] ?? [];
  const others = cards.filter((id) => id !== taskId);
  if (isColumn(layout, overId)) return { to, index: from === to ? cards.indexOf(taskId) : others.length };
  // Within a column, dropping on a card takes that card's place, as in any sortable list.
  if (from === to) return { to, index: cards.indexOf(overId) };
  // Into another column, it goes above or below the card it is over, whichever half its middle is in.
  const translated = active.rect.current.translated;
  const below = translated !== null && translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
  return { to, index: others.indexOf(overId) + (below ? 1 : 0) };
}
