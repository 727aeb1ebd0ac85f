'use client';

import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import type { AsOf, BoardTask, Status } from '../../../../_lib/router-types';
import { AddTaskForm } from './add-task-form';
import { SortableTaskCard } from './task-card';

interface BoardColumnProps {
  projectId: string;
  projectKey: string;
  status: Status;
  tasks: readonly BoardTask[];
  readOnly: boolean;
  /** Set when the board is shown as of a point of its history. */
  asOf: AsOf | null;
  /** Tasks shown wherever they are in the column: those the person has just added or moved. */
  kept: ReadonlySet<string>;
  onAdded: (taskId: string) => void;
}

/**
 * A long column shows its first cards and a button for more: drawing a thousand cards (on the server and again in
 * the browser) cost a third of a second before anyone could scroll to most of them.
 */
const CARDS_AT_FIRST = 50;
const CARDS_MORE = 200;

export function BoardColumn({ projectId, projectKey, status, tasks, readOnly, asOf, kept, onAdded }: BoardColumnProps) {
  // The whole column is a drop target, so a card can go into an empty column or below the last card.
  const { setNodeRef, isOver } = useDroppable({ id: status.id, disabled: readOnly });
  const headingId = `column-${status.id}`;
  const [limit, setLimit] = useState(CARDS_AT_FIRST);
  // The column shows at least down to the cards someone just put here and the one a replay step changed: a card must
  // not vanish as it lands, nor the change a step is about. What is shown stays a prefix, so nothing hides in between.
  const lastWanted = tasks.findLastIndex((task) => kept.has(task.id) || task.id === asOf?.event.taskId);
  const shown = tasks.slice(0, Math.max(limit, lastWanted + 1));
  const hidden = tasks.length - shown.length;
  const more = Math.min(hidden, CARDS_MORE);

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-column-id={status.id}
      // From 1280 px the columns share the width (five fit at 1366 px); narrower, or when many, the board scrolls.
      className={`flex w-[85vw] max-w-80 shrink-0 snap-start scroll-ml-4 flex-col rounded-xl bg-stone-100 p-2 sm:w-72 xl:w-auto xl:min-w-56 xl:flex-1 xl:shrink ${isOver ? 'ring-2 ring-indigo-300' : ''}`}
    >
      <div className="flex items-center justify-between gap-2 px-1.5 py-1.5">
        <h2 id={headingId} className="truncate text-sm font-semibold text-stone-700">
          {status.name}
        </h2>
        <span className="rounded-full bg-stone-200 px-2 text-xs font-medium text-stone-600">
          {tasks.length}
          <span className="sr-only"> {tasks.length === 1 ? 'task' : 'tasks'}</span>
        </span>
      </div>
      <SortableContext id={status.id} items={shown.map((t) => t.id)} strategy={verticalListSortingStrategy}>
        <ol aria-label={`Tasks in ${status.name}`} className="flex min-h-12 flex-col gap-2">
          {shown.map((task) => (
            <SortableTaskCard
              key={task.id}
              task={task}
              projectKey={projectKey}
              statusName={status.name}
              readOnly={readOnly}
              at={asOf?.position}
              changed={asOf?.event.taskId === task.id}
              shownAt={asOf?.time}
            />
          ))}
        </ol>
      </SortableContext>
      {more > 0 && (
        <button
          type="button"
          onClick={() => {
            setLimit((current) => current + more);
          }}
          className="mt-2 min-h-10 rounded-md px-3 text-sm font-medium text-indigo-700 hover:bg-stone-200"
        >
          {more === hidden ? `Show ${more} more` : `Show ${more} of ${hidden} more`}
          <span className="sr-only"> tasks in {status.name}</span>
        </button>
      )}
      {!readOnly && <AddTaskForm projectId={projectId} status={status} onAdded={onAdded} />}
    </section>
  );
}
