'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Link from 'next/link';
import { isOverdue, longDay, shortDay } from '../../../_lib/format';
import type { BoardTask } from '../../../_lib/router-types';
import { useNow } from '../../../_lib/use-now';
import { usePeople } from '../../../_lib/use-people';
import { Avatar } from '../../../_components/ui/avatar';
import { LabelChip } from '../../../_components/ui/label-chip';
import { CalendarIcon, CommentIcon, GripIcon } from '../../../_components/ui/icons';
import { PriorityBadge } from '../../../_components/ui/priority-badge';

interface TaskCardProps {
  task: BoardTask;
  projectKey: string;
  readOnly: boolean;
}

export function SortableTaskCard({ task, projectKey, readOnly }: TaskCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    disabled: readOnly,
  });
  const handle = readOnly ? null : (
    <button
      ref={setActivatorNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      aria-label={`Move ${projectKey}-${task.number}`}
      className="relative z-10 -my-1 -ml-1 flex h-10 w-7 shrink-0 cursor-grab touch-none items-center justify-center rounded text-stone-400 hover:bg-stone-100 hover:text-stone-700 active:cursor-grabbing"
    >
      <GripIcon />
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'opacity-40' : undefined}
    >
      <TaskCardView task={task} projectKey={projectKey} handle={handle} />
    </li>
  );
}

/** The card itself, also drawn under the pointer while it is dragged (then without a working handle or link). */
export function TaskCardView({
  task,
  projectKey,
  handle,
  lifted = false,
}: Omit<TaskCardProps, 'readOnly'> & { handle: React.ReactNode; lifted?: boolean }) {
  const people = usePeople();
  const now = useNow();
  const ref = `${projectKey}-${task.number}`;
  const overdue = task.dueOn !== null && now !== null && isOverdue(task.dueOn, now);

  return (
    <article
      className={`relative rounded-lg border border-stone-200 bg-white p-3 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-indigo-600 ${
        lifted ? 'shadow-lg ring-1 ring-indigo-200' : 'shadow-xs hover:border-stone-300'
      }`}
    >
      <div className="flex items-start gap-1.5">
        {handle ??
          (lifted ? (
            <span className="-my-1 -ml-1 flex h-10 w-7 items-center justify-center text-stone-500">
              <GripIcon />
            </span>
          ) : null)}
        <div className="min-w-0 flex-1">
          <div className="flex min-h-6 items-center gap-2">
            <span className="mr-auto font-mono text-xs text-stone-500">{ref}</span>
            <PriorityBadge priority={task.priority} />
            {task.assigneeId && (
              <Avatar
                name={people.nameOf(task.assigneeId)}
                label={`Assigned to ${people.nameOf(task.assigneeId)}`}
                small
              />
            )}
          </div>
          <h3 className="mt-1 text-sm leading-snug font-medium break-words text-stone-900">
            {lifted ? (
              task.title
            ) : (
              // A board shows many cards; prefetching each would render a task page on the server for every one.
              <Link
                prefetch={false}
                href={`/projects/${projectKey}/tasks/${task.number}`}
                className="after:absolute after:inset-0 focus-visible:outline-none"
              >
                {task.title}
              </Link>
            )}
          </h3>
          {(task.labels.length > 0 || task.dueOn || task.commentCount > 0) && (
            <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-stone-600">
              {task.labels.map((label) => (
                <LabelChip key={label} label={label} />
              ))}
              {task.dueOn && (
                <span
                  title={`Due ${longDay(task.dueOn)}`}
                  className={`inline-flex items-center gap-1 ${overdue ? 'font-medium text-red-700' : ''}`}
                >
                  <CalendarIcon />
                  <span className="sr-only">{overdue ? 'Overdue, was due' : 'Due'}</span>
                  {shortDay(task.dueOn)}
                </span>
              )}
              {task.commentCount > 0 && (
                <span className="inline-flex items-center gap-1" title={`${task.commentCount} comments`}>
                  <CommentIcon />
                  {task.commentCount}
                  <span className="sr-only">{task.commentCount === 1 ? 'comment' : 'comments'}</span>
                </span>
              )}
            </div>
          )}
        </div>
      </div>
    </article>
  );
}
