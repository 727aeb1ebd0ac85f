'use client';

import Link from 'next/link';
import type { ProjectDiff, TaskDiff } from '../../../../_lib/router-types';
import { taskHref } from '../../_lib/links';
import { useMembers } from '../../_lib/use-members';
import { projectFieldText, taskFieldText } from './change-words';
import { CommentEdits, DescriptionDiff } from './text-changes';

const badge = {
  added: { label: 'New', tone: 'bg-emerald-100 text-emerald-800' },
  removed: { label: 'Removed', tone: 'bg-red-100 text-red-800' },
  changed: null,
} as const;

/** What changed between two states of the board, task by task and field by field, in words. */
interface ChangeListProps {
  diff: ProjectDiff;
  projectId: string;
  projectKey: string;
  at: number;
}

export function ChangeList({ diff, projectId, projectKey, at }: ChangeListProps) {
  if (diff.project.length === 0 && diff.tasks.length === 0)
    return <p className="text-sm text-stone-600">Nothing changed on the board.</p>;
  return (
    <div className="space-y-3">
      {diff.project.length > 0 && (
        <ul aria-label="Changes to the project" className="space-y-1 text-sm text-stone-800">
          {diff.project.map((change) => (
            <li key={change.field}>{projectFieldText(change)}</li>
          ))}
        </ul>
      )}
      {diff.tasks.length > 0 && (
        <ul aria-label="Changes to tasks" className="divide-y divide-stone-100">
          {diff.tasks.map((task) => (
            <TaskChange key={task.taskId} task={task} projectId={projectId} projectKey={projectKey} at={at} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TaskChange({ task, projectId, projectKey, at }: Omit<ChangeListProps, 'diff'> & { task: TaskDiff }) {
  const people = useMembers(projectId);
  const number = Number(/-(\d+)$/.exec(task.ref)?.[1]);
  const tag = badge[task.change];
  // A removed task is shown as it was last seen, before it left the board.
  const href = Number.isInteger(number) ? taskHref(projectKey, number, task.change === 'removed' ? null : at) : null;
  return (
    <li className="py-2.5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        {href ? (
          <Link href={href} prefetch={false} className="font-mono font-medium text-indigo-700 hover:underline">
            {task.ref}
          </Link>
        ) : (
          <span className="font-mono font-medium">{task.ref}</span>
        )}
        <span className="min-w-0 font-medium break-words text-stone-900">{task.title}</span>
        {tag && <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tag.tone}`}>{tag.label}</span>}
      </p>
      {task.change === 'removed' ? (
        <p className="mt-0.5 text-sm text-stone-600">removed from the board (deleted)</p>
      ) : (
        <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-sm text-stone-700 marker:text-stone-400">
          {task.fields.map((field) => (
            <li key={field.field}>
              {taskFieldText(field, people.nameOf)}
              <DescriptionDiff task={task} field={field} />
            </li>
          ))}
          <CommentEdits task={task} nameOf={people.nameOf} />
        </ul>
      )}
    </li>
  );
}
