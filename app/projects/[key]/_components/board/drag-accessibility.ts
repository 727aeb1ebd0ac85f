import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { columnOf, isColumn, type Layout } from './board-layout';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this task, press space or enter. Then use the arrow keys: left and right change the column, up and down the place in it. Press space or enter again to drop it here, or escape to put it back.',
};

interface Board {
  /** The arrangement on screen, the carried card included. */
  layout: Layout;
  taskRef: (taskId: string) => string;
  statusName: (statusId: string) => string;
}

/** What a screen reader says while a card is carried: task numbers and column names, never ids. */
export function boardAnnouncements({ layout, taskRef, statusName }: Board): Announcements {
  const place = (taskId: string) => {
    const current = layout;
    const statusId = columnOf(current, taskId);
    if (!statusId) return 'outside the board';
    const ids = current[statusId] ?? [];
    return `in ${statusName(statusId)}, position ${ids.indexOf(taskId) + 1} of ${ids.length}`;
  };
  const target = (overId: string) => {
    const statusId = columnOf(layout, overId);
    if (!statusId) return 'outside the board';
    return isColumn(layout, overId)
      ? `the ${statusName(statusId)} column`
      : `${taskRef(overId)} in ${statusName(statusId)}`;
  };
  const id = (value: string | number) => String(value);

  return {
    onDragStart: ({ active }) => `Picked up ${taskRef(id(active.id))}, ${place(id(active.id))}.`,
    onDragOver: ({ active, over }) => {
      if (!over) return `${taskRef(id(active.id))} is no longer over a column.`;
      // The card is over its own place when picked up and just after it changed column: already said.
      if (over.id === active.id) return undefined;
      return `${taskRef(id(active.id))} is over ${target(id(over.id))}.`;
    },
    onDragEnd: ({ active, over }) => {
      const statusId = over ? columnOf(layout, id(over.id)) : undefined;
      return statusId
        ? `Dropped ${taskRef(id(active.id))} in ${statusName(statusId)}.`
        : `${taskRef(id(active.id))} was dropped outside the board and stays where it was.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${taskRef(id(active.id))} went back to where it was.`,
  };
}
