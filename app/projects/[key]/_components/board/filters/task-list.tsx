'use client';

import Link from 'next/link';
import { isOverdue, longDay, shortDay } from '../../../../../_lib/format';
import type { Board, BoardTask } from '../../../../../_lib/router-types';
import { LabelChip } from '../../../../../_components/ui/label-chip';
import { PriorityBadge } from '../../../../../_components/ui/priority-badge';
import { taskHref } from '../../../_lib/links';
import type { Members } from '../../../_lib/use-members';
import { SORT_FIELDS, sortTasks, type ListSort, type SortField } from './list-sort';

const FIELD_NAMES: Record<SortField, string> = {
  number: 'Task',
  title: 'Title',
  status: 'Status',
  assignee: 'Assignee',
  priority: 'Priority',
  due: 'Due',
};

interface TaskListProps {
  board: Board;
  tasks: readonly BoardTask[];
  members: Members;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  /** The moment the due dates are judged at; null until the browser knows its clock. */
  now: number | null;
}

/** The board's tasks as a table, sorted by any column; the same tasks, filtered alike, as the columns show. */
export function TaskList({ board, tasks, members, sort, onSort, now }: TaskListProps) {
  const { project, asOf } = board;
  const at = asOf?.position ?? null;
  const statusNames = new Map(project.statuses.map((s) => [s.id, s.name]));
  const order = new Map(board.columns.flatMap((c) => c.tasks).map((t, index) => [t.id, index]));
  const rows = sortTasks(
    tasks.map((task) => ({
      task,
      number: task.number,
      title: task.title,
      priority: task.priority,
      dueOn: task.dueOn,
      boardOrder: order.get(task.id) ?? 0,
      assigneeName: task.assigneeId ? members.nameOf(task.assigneeId) : null,
    })),
    sort,
  );

  return (
    <div className="overflow-x-auto px-4 pb-6 sm:px-6">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          Tasks of {project.name}, sorted by {FIELD_NAMES[sort.field].toLowerCase()}
          {sort.descending ? ', descending' : ''}
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-600">
            {SORT_FIELDS.map((field) => {
              const sorted = sort.field === field;
              return (
                <th
                  key={field}
                  scope="col"
                  aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  className="px-2 py-1 font-medium"
                >
                  <button
                    type="button"
                    onClick={() => {
                      onSort({ field, descending: sorted && !sort.descending });
                    }}
                    className="inline-flex min-h-10 items-center gap-1 rounded px-1 hover:bg-stone-200/60"
                  >
                    {FIELD_NAMES[field]}
                    <span aria-hidden="true" className="w-3 text-xs">
                      {sorted ? (sort.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="px-3 py-1 font-medium">
              Labels
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ task, assigneeName }) => {
            const overdue = task.dueOn !== null && now !== null && isOverdue(task.dueOn, now);
            return (
              <tr key={task.id} data-task-id={task.id} className="border-b border-stone-200 bg-white">
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap text-stone-600">
                  {project.key}-{task.number}
                </td>
                <td className="px-3 py-2">
                  <Link
                    prefetch={false}
                    href={taskHref(project.key, task.number, at)}
                    className="inline-flex min-h-6 items-center font-medium text-stone-900 hover:underline"
                  >
                    {task.title}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{statusNames.get(task.statusId)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {assigneeName ?? <span className="text-stone-500">Nobody</span>}
                </td>
                <td className="px-3 py-2">
                  <PriorityBadge priority={task.priority} />
                </td>
                <td className={`px-3 py-2 whitespace-nowrap ${overdue ? 'font-medium text-red-700' : ''}`}>
                  {task.dueOn ? (
                    <span title={`Due ${longDay(task.dueOn)}`}>
                      {overdue && <span className="sr-only">Overdue, was due </span>}
                      {shortDay(task.dueOn)}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-1">
                    {task.labels.map((label) => (
                      <LabelChip key={label} label={label} />
                    ))}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="py-6 text-center text-sm text-stone-600">No task matches these filters.</p>}
    </div>
  );
}
