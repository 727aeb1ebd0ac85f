'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Link from 'next/link';
import { useCallback } from 'react';
import { isOverdue, longDay, shortDay } from '../../../../_lib/format';
import type { BoardTask } from '../../../../_lib/router-types';
import { useNow } from '../../../../_lib/use-now';
import { Avatar } from '../../../../_components/ui/avatar';
import { LabelChip } from '../../../../_components/ui/label-chip';
import { CalendarIcon, CommentIcon, GripIcon } from '../../../../_components/ui/icons';
import { PriorityBadge } from '../../../../_components/ui/priority-badge';
import { useBoardKeys } from '../keys/board-keys';
import { useKeepsFocus } from './handle-focus';
import { isPendingTask } from './use-add-task';
import { taskHref } from '../../_lib/links';
import { useLabels } from '../../_lib/use-labels';
import { useMembers } from '../../_lib/use-members';

interface TaskCardProps {
  task: BoardTask;
  projectKey: string;
  readOnly: boolean;
  /** The position the board is shown as of: the card then opens the task as it stood there. */
  at?: number;
  /** Whether the replay step on screen changed this task. */
  changed?: boolean;
  /** The moment the board is shown as of: a due date is overdue as of then, not as of today. */
  shownAt?: Date;
}

export function SortableTaskCard({
  task,
  projectKey,
  readOnly,
  at,
  changed,
  shownAt,
  statusName,
}: TaskCardProps & { statusName: string }) {
  const pending = isPendingTask(task);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    disabled: readOnly || pending,
  });
  const keys = useBoardKeys();
  const keepsFocus = useKeepsFocus(task.id);
  const handleRef = useCallback(
    (node: HTMLButtonElement | null) => {
      setActivatorNodeRef(node);
      if (node && keepsFocus) node.focus();
    },
    [setActivatorNodeRef, keepsFocus],
  );
  const handle =
    readOnly || pending ? null : (
      <button
        ref={handleRef}
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
      <TaskCardView
        task={task}
        projectKey={projectKey}
        handle={handle}
        at={at}
        changed={changed}
        shownAt={shownAt}
        selected={keys.selection.has(task.id)}
        onSelect={
          readOnly || pending
            ? undefined
            : () => {
                keys.toggleSelected(task.id);
              }
        }
        onOpen={() => {
          keys.startOpening({ taskId: task.id, number: task.number, title: task.title, statusName });
        }}
      />
    </li>
  );
}

/** The card itself, also drawn under the pointer while it is dragged (then without a working handle or link). */
export function TaskCardView({
  task,
  projectKey,
  handle,
  lifted = false,
  at,
  changed = false,
  shownAt,
  selected = false,
  onSelect,
  onOpen,
}: Omit<TaskCardProps, 'readOnly'> & {
  handle: React.ReactNode;
  lifted?: boolean;
  selected?: boolean;
  /** Toggles the card in the selection (its button, X, or a Shift/Ctrl/Cmd click); absent where nothing can change. */
  onSelect?: () => void;
  /** The card's link is followed: the panel can show what the card knows at once. */
  onOpen?: () => void;
}) {
  const people = useMembers(task.projectId);
  const { colourOf } = useLabels(task.projectId);
  const clock = useNow();
  const now = shownAt ? shownAt.getTime() : clock;
  const pending = isPendingTask(task);
  const ref = pending ? `${projectKey}-…` : `${projectKey}-${task.number}`;
  const overdue = task.dueOn !== null && now !== null && isOverdue(task.dueOn, now);

  return (
    <article
      data-task-id={pending ? undefined : task.id}
      aria-busy={pending || undefined}
      className={`group relative rounded-lg border p-3 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-indigo-600 ${
        lifted
          ? 'border-stone-200 bg-white shadow-lg ring-1 ring-indigo-200'
          : selected
            ? 'border-indigo-400 bg-indigo-50 shadow-xs ring-2 ring-indigo-400'
            : changed
              ? 'border-amber-400 bg-amber-50 shadow-xs ring-2 ring-amber-300'
              : 'border-stone-200 bg-white shadow-xs hover:border-stone-300'
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
            <span className="mr-auto font-mono text-xs text-stone-500">
              {ref}
              {pending && <span className="sr-only"> (adding)</span>}
            </span>
            {changed && (
              <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                Changed<span className="sr-only"> in this event</span>
              </span>
            )}
            <PriorityBadge priority={task.priority} />
            {task.assigneeId && (
              <Avatar
                name={people.nameOf(task.assigneeId)}
                label={`Assigned to ${people.nameOf(task.assigneeId)}`}
                small
              />
            )}
            {onSelect && (
              <button
                type="button"
                aria-pressed={selected}
                aria-label={`Select ${ref}`}
                onClick={onSelect}
                className={`relative z-10 -my-1 inline-flex size-8 items-center justify-center rounded text-stone-500 hover:bg-stone-100 focus-visible:opacity-100 ${selected ? '' : 'opacity-0 group-hover:opacity-100'}`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-4 items-center justify-center rounded border text-[10px] leading-none ${selected ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-stone-400 bg-white'}`}
                >
                  {selected ? '✓' : ''}
                </span>
              </button>
            )}
          </div>
          <h3 className="mt-1 text-sm leading-snug font-medium break-words text-stone-900">
            {lifted || pending ? (
              task.title
            ) : (
              // A board shows many cards; prefetching each would render a task page on the server for every one.
              <Link
                prefetch={false}
                href={taskHref(projectKey, task.number, at)}
                onClick={(event) => {
                  if (event.shiftKey || event.ctrlKey || event.metaKey) {
                    if (!onSelect) return;
                    event.preventDefault();
                    onSelect();
                    return;
                  }
                  onOpen?.();
                }}
                className="inline-block min-h-6 py-0.5 after:absolute after:inset-0 focus-visible:outline-none"
              >
                {task.title}
              </Link>
            )}
          </h3>
          {(task.labels.length > 0 || task.dueOn || task.commentCount > 0) && (
            <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-stone-600">
              {task.labels.map((label) => (
                <LabelChip key={label} label={label} colour={colourOf(label)} />
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
