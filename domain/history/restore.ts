import type { ProjectCommand } from '../project/commands';
import { can } from '../project/members';
import type { ExistingProject } from '../project/state';
import { notFound, ruleViolated } from '../shared/errors';
import type { TaskInProjectCommand } from '../task/in-project';
import type { ExistingTask } from '../task/state';
import { taskOf, type Board, type Step } from './board';
import { labelsBack } from './labels';

/** The point restored to (its position, and its time as the log recorded it), and the one task, if only one. */
export interface RestoreTarget {
  readonly position: number;
  readonly at: string;
  readonly taskId: string | null;
}

/**
 * A restore takes the project's board (or one task) back to how it stood at a point, as the commands a person would
 * send to get there from today, so every rule holds and nothing after that point is erased: it is all still in the
 * log, and the restore is one more act on top of it. Comments are never removed by a restore.
 *
 * `now` holds the project and every task of it as they stand, `past` as they stood at `position`; for one task, both
 * hold that task only. The steps: the workflow first (statuses added back with their ids, renamed back), then each
 * task (restored or deleted, its fields set back, put back in its place), then the statuses added since removed and
 * the order of the workflow set back, and last the mark that tells the history what happened.
 */
export function planRestore(now: Board, past: Board, target: RestoreTarget): Step[] {
  const project = existing(now.project);
  const then = existing(past.project);
  if (target.taskId !== null) {
    // A task this project does not have (another project's, say) is not found: its streams were not even read.
    if (taskOf(now, target.taskId).status === 'none') throw notFound('Task not found');
    return [...taskSteps(now, past, target.taskId, project, true), mark(target)];
  }
  return [
    ...workflowBefore(project, then),
    ...Object.keys({ ...now.tasks, ...past.tasks }).flatMap((taskId) => taskSteps(now, past, taskId, project, false)),
    ...workflowAfter(project, then),
    mark(target),
  ];
}

function existing(project: Board['project']): ExistingProject {
  if (project.status === 'none') throw notFound('Project not found');
  return project;
}

/** How many changes it made is counted when it is decided (decideSteps). */
const mark = (target: RestoreTarget): Step => ({
  command: { type: 'MarkRestored', ...target, changes: 0 },
});

function workflowBefore(project: ExistingProject, then: ExistingProject): Step[] {
  const projectId = project.id;
  return then.statuses.flatMap((status): Step[] => {
    const current = project.statuses.find((s) => s.id === status.id);
    const statusId = status.id;
    const commands: ProjectCommand[] = !current
      ? [{ type: 'AddStatus', projectId, statusId, name: status.name, category: status.category }]
      : [
          ...(current.name !== status.name
            ? [{ type: 'RenameStatus' as const, projectId, statusId, name: status.name }]
            : []),
          ...(current.category !== status.category
            ? [{ type: 'ChangeStatusCategory' as const, projectId, statusId, category: status.category }]
            : []),
        ];
    return commands.map((command) => ({ command }));
  });
}

function workflowAfter(project: ExistingProject, then: ExistingProject): Step[] {
  const projectId = project.id;
  const removed: Step[] = project.statuses
    .filter((status) => !then.statuses.some((s) => s.id === status.id))
    .map((status) => ({ command: { type: 'RemoveStatus', projectId, statusId: status.id, tasksInStatus: 0 } }));
  const reordered: Step[] = then.statuses.map((status, toIndex) => ({
    command: { type: 'MoveStatus', projectId, statusId: status.id, toIndex },
  }));
  return [...removed, ...reordered];
}

/** Moves that change nothing are decided into no event, so every field is simply set to what it was. */
function taskSteps(now: Board, past: Board, taskId: string, project: ExistingProject, alone: boolean): Step[] {
  const current = taskOf(now, taskId);
  const was = taskOf(past, taskId);
  if (current.status === 'none') return [];
  const ref = `${project.key}-${current.number}`;
  const step = (command: TaskInProjectCommand): Step => ({ taskId, command });
  if (was.status === 'none') {
    if (alone) throw notFound(`${ref} did not exist yet at that point`);
    return current.status === 'active' ? [step({ type: 'DeleteTask', taskId })] : [];
  }
  if (was.status === 'deleted' && current.status === 'deleted') return [];
  if (alone && !project.statuses.some((s) => s.id === was.statusId)) {
    throw ruleViolated(`${ref} was in a status the workflow no longer has: restore the whole board instead`);
  }
  const steps = [
    ...(current.status === 'deleted' ? [step({ type: 'RestoreTask', taskId })] : []),
    ...fieldsOf(current, was, project).map(step),
  ];
  return was.status === 'deleted' ? [...steps, step({ type: 'DeleteTask', taskId })] : steps;
}

function fieldsOf(current: ExistingTask, was: ExistingTask, project: ExistingProject): TaskInProjectCommand[] {
  const taskId = current.id;
  return [
    { type: 'RenameTask', taskId, title: was.title },
    { type: 'DescribeTask', taskId, description: was.description },
    { type: 'MoveTask', taskId, toStatusId: was.statusId, rank: was.rank },
    // Work goes to members only: someone who has left since is not given the task back.
    {
      type: 'AssignTask',
      taskId,
      assigneeId: was.assigneeId && can(project.members[was.assigneeId], 'changeTasks') ? was.assigneeId : null,
    },
    { type: 'PrioritizeTask', taskId, priority: was.priority },
    { type: 'ScheduleTask', taskId, dueOn: was.dueOn },
    ...labelsBack(taskId, current.labels, was.labels),
  ];
}
