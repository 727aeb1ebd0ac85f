'use client';

import type { TaskDetails } from '../../../../_lib/router-types';
import { useCan } from '../../_lib/use-can';
import { DescriptionField } from '../../tasks/[number]/_components/description-field';
import { DueDateField } from '../../tasks/[number]/_components/due-date-field';
import { LabelsField } from '../../tasks/[number]/_components/labels-field';
import { AssigneeField, PriorityField, StatusField } from '../../tasks/[number]/_components/task-properties';
import { TitleField } from '../../tasks/[number]/_components/title-field';
import type { TaskRef } from '../../tasks/[number]/_components/use-task-command';

/** The task's own fields, as on its page; its comments and history are one link away, on the full page. */
export function TaskPanelContent({
  projectKey,
  details,
  past,
}: {
  projectKey: string;
  details: TaskDetails;
  /** As of a point of the history: shown, not changed. */
  past: boolean;
}) {
  const { task, project } = details;
  const mayChange = useCan(projectKey, 'changeTasks');
  const readOnly = !mayChange || past || project.archived || task.deleted;
  const ref: TaskRef = { id: task.id, projectId: project.id, key: projectKey, number: task.number };
  const props = { task: ref, details: task, readOnly };

  return (
    <div className="space-y-5">
      {task.deleted && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong className="font-semibold">This task is deleted.</strong> It is no longer on the board.
        </p>
      )}
      <TitleField task={ref} title={task.title} readOnly={readOnly} />
      <div className="grid gap-4 sm:grid-cols-2">
        <StatusField {...props} statuses={project.statuses} />
        <PriorityField {...props} />
        <AssigneeField {...props} />
        <DueDateField task={ref} dueOn={task.dueOn} readOnly={readOnly} />
      </div>
      <LabelsField task={ref} labels={task.labels} readOnly={readOnly} />
      <DescriptionField task={ref} description={task.description} readOnly={readOnly} />
    </div>
  );
}
