'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { errorMessage } from '../../../../../_lib/error-message';
import { useHydrated } from '../../../../../_lib/use-hydrated';
import { boardHref } from '../../../_lib/links';
import { useCan } from '../../../_lib/use-can';
import { LabelsThen } from '../../../_lib/labels-then';
import { Comments } from './comments';
import { DescriptionField } from './description-field';
import { DueDateField } from './due-date-field';
import { FieldBlame, useTaskBlame } from './field-blame';
import { LabelsField } from './labels-field';
import { PastTaskBanner } from './past-task-banner';
import { TaskHistory } from './task-history';
import { TaskLifecycle } from './task-lifecycle';
import { AssigneeField, PriorityField, StatusField } from './task-properties';
import { TaskSlider } from './task-slider';
import { TitleField } from './title-field';
import { useTaskAt } from './use-task-at';
import type { TaskRef } from './use-task-command';

/** The task as it is, or with `at` (a global position) as it stood then: read-only, like an archived one. */
export function TaskView({ projectKey, number, at }: { projectKey: string; number: number; at: number | null }) {
  const travel = useTaskAt(projectKey, number, at);
  const [sliderFocus, setSliderFocus] = useState(false);
  const { task, project, comments, asOf, labelsThen } = travel.data;
  const ref: TaskRef = { id: task.id, projectId: project.id, key: projectKey, number };
  const mayChange = useCan(projectKey, 'changeTasks');
  const moderates = useCan(projectKey, 'manageProject');
  // Until React has taken the page over, what is typed into a field is lost or garbled: hydrating a text field sets
  // its text again and moves the caret to the start, before the typed text.
  const hydrated = useHydrated();
  const readOnly = !hydrated || !mayChange || asOf !== null || travel.travelling || project.archived || task.deleted;
  const name = `${project.key}-${task.number}`;
  const props = { task: ref, details: task, readOnly };
  const blame = useTaskBlame(ref, asOf?.position ?? null);
  const blameOf = (field: keyof NonNullable<typeof blame>, name: string) => (
    <FieldBlame task={ref} setter={blame?.[field]} field={name} />
  );

  return (
    <LabelsThen labels={labelsThen}>
      <main className="max-w-7xl px-4 py-6 sm:px-6">
        <div className="flex items-center gap-2 text-sm text-stone-500">
          <Link href={boardHref(project.key, asOf?.position)} className="rounded hover:text-stone-900 hover:underline">
            ← Board
          </Link>
          <span aria-hidden="true">·</span>
          <span className="font-mono">
            {project.key}-{task.number}
          </span>
          {!travel.travelling && (
            <button
              type="button"
              onClick={() => {
                travel.open();
                setSliderFocus(true);
              }}
              className={`${buttonStyles.ghost} ml-auto`}
            >
              Replay its history
            </button>
          )}
        </div>
        <h2 className="sr-only">
          {project.key}-{task.number}: {task.title}
        </h2>

        {travel.travelling && (
          <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2">
            {asOf && (
              <PastTaskBanner
                projectId={project.id}
                projectKey={project.key}
                number={task.number}
                taskId={task.id}
                mayRestore={mayChange && !project.archived}
                asOf={asOf}
                onExit={at === null ? travel.close : undefined}
              />
            )}
            <TaskSlider
              projectId={project.id}
              taskId={task.id}
              name={name}
              at={travel.wanted}
              shown={travel.shown}
              onAt={travel.moveTo}
              autoFocus={sliderFocus}
            />
            {travel.error && <Alert className="mt-2">{errorMessage(travel.error)}</Alert>}
          </div>
        )}
        {task.deleted &&
          (asOf ? (
            <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              <strong className="font-semibold">This task was deleted at that point.</strong> It was not on the board.
            </p>
          ) : (
            <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              <strong className="font-semibold">This task is deleted.</strong> It is no longer on the board.
              {mayChange && ' Restore it to change it again.'}
            </p>
          ))}

        {/* On a phone the details follow the description; on a wide screen they stand beside everything. */}
        <div className="mt-3 grid gap-8 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-10">
          <div className="min-w-0">
            <TitleField task={ref} title={task.title} readOnly={readOnly} />
            {blameOf('title', 'Title')}
            <DescriptionField task={ref} description={task.description} readOnly={readOnly} />
            {blameOf('description', 'Description')}
          </div>
          <aside
            aria-label="Task details"
            className="space-y-5 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:border-l lg:border-stone-200 lg:pl-6"
          >
            <div>
              <StatusField {...props} statuses={project.statuses} />
              {blameOf('statusId', 'Status')}
            </div>
            <div>
              <PriorityField {...props} />
              {blameOf('priority', 'Priority')}
            </div>
            <div>
              <AssigneeField {...props} />
              {blameOf('assigneeId', 'Assignee')}
            </div>
            <div>
              <DueDateField task={ref} dueOn={task.dueOn} readOnly={readOnly} />
              {blameOf('dueOn', 'Due date')}
            </div>
            <div>
              <LabelsField task={ref} labels={task.labels} readOnly={readOnly} />
              {blameOf('labels', 'Labels')}
            </div>
            {mayChange && !project.archived && !asOf && <TaskLifecycle task={ref} deleted={task.deleted} />}
          </aside>
          <div className="min-w-0">
            <Comments task={ref} comments={comments} readOnly={readOnly} moderates={moderates} />
            <TaskHistory task={ref} projectKey={project.key} at={asOf?.position ?? null} />
          </div>
        </div>
      </main>
    </LabelsThen>
  );
}
