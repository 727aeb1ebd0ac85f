'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import { Comments } from './comments';
import { DescriptionField } from './description-field';
import { DueDateField } from './due-date-field';
import { LabelsField } from './labels-field';
import { TaskHistory } from './task-history';
import { TaskLifecycle } from './task-lifecycle';
import { AssigneeField, PriorityField, StatusField } from './task-properties';
import { TitleField } from './title-field';
import type { TaskRef } from './use-task-command';

export function TaskView({ projectKey, number }: { projectKey: string; number: number }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.task.get.queryOptions({ key: projectKey, number }));
  const { task, project, comments } = data;
  const ref: TaskRef = { id: task.id, projectId: project.id, key: projectKey, number };
  const readOnly = project.archived || task.deleted;
  const props = { task: ref, details: task, readOnly };

  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <div className="flex items-center gap-2 text-sm text-stone-500">
        <Link href={`/projects/${project.key}`} className="rounded hover:text-stone-900 hover:underline">
          ← Board
        </Link>
        <span aria-hidden="true">·</span>
        <span className="font-mono">
          {project.key}-{task.number}
        </span>
      </div>
      <h2 className="sr-only">
        {project.key}-{task.number}: {task.title}
      </h2>

      {task.deleted && (
        <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong className="font-semibold">This task is deleted.</strong> It is no longer on the board. Restore it to
          change it again.
        </p>
      )}

      {/* On a phone the details follow the description; on a wide screen they stand beside everything. */}
      <div className="mt-3 grid gap-8 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-10">
        <div className="min-w-0">
          <TitleField task={ref} title={task.title} readOnly={readOnly} />
          <DescriptionField task={ref} description={task.description} readOnly={readOnly} />
        </div>
        <aside
          aria-label="Task details"
          className="space-y-5 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:border-l lg:border-stone-200 lg:pl-6"
        >
          <StatusField {...props} statuses={project.statuses} />
          <PriorityField {...props} />
          <AssigneeField {...props} />
          <DueDateField task={ref} dueOn={task.dueOn} readOnly={readOnly} />
          <LabelsField task={ref} labels={task.labels} readOnly={readOnly} />
          {!project.archived && <TaskLifecycle task={ref} deleted={task.deleted} />}
        </aside>
        <div className="min-w-0">
          <Comments task={ref} comments={comments} readOnly={readOnly} />
          <TaskHistory task={ref} projectKey={project.key} />
        </div>
      </div>
    </main>
  );
}
