'use client';

import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { AsOf, BoardTask, Status } from '../../../_lib/router-types';
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
}

export function BoardColumn({ projectId, projectKey, status, tasks, readOnly, asOf }: BoardColumnProps) {
  // The whole column is a drop target, so a card can go into an empty column or below the last card.
  const { setNodeRef, isOver } = useDroppable({ id: status.id, disabled: readOnly });
  const headingId = `column-${status.id}`;

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={`flex w-[85vw] max-w-80 shrink-0 flex-col rounded-xl bg-stone-100 p-2 sm:w-72 ${isOver ? 'ring-2 ring-indigo-300' : ''}`}
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
      <SortableContext id={status.id} items={tasks.map((t) => t.id)} strategy={verticalListSortingStrategy}>
        <ol aria-label={`Tasks in ${status.name}`} className="flex min-h-12 flex-col gap-2">
          {tasks.map((task) => (
            <SortableTaskCard
              key={task.id}
              task={task}
              projectKey={projectKey}
              readOnly={readOnly}
              at={asOf?.position}
              changed={asOf?.event.taskId === task.id}
            />
          ))}
        </ol>
      </SortableContext>
      {!readOnly && <AddTaskForm projectId={projectId} status={status} />}
    </section>
  );
}
