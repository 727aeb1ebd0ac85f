import type { ProjectCommand } from '../project/commands';
import { isProjectEvent, type ProjectEvent } from '../project/events';
import type { ExistingProject, ProjectState } from '../project/state';
import { assertNever } from '../shared/decider';
import { ruleViolated } from '../shared/errors';
import type { TaskEvent } from '../task/events';
import type { TaskInProjectCommand } from '../task/in-project';
import { applyLabels, type ExistingTask, type TaskState } from '../task/state';
import { evolveBoard, taskOf, type Board, type BoardEvent, type Step } from './board';
import { labelsBack } from './labels';

/**
 * Undo, as Git's revert: the commands that take back what one command did, computed from the events it recorded and
 * the state just before each. They go through the deciders like any others, so every rule still holds. Before that,
 * everything the command changed must still be as it left it: a card someone moved on since is not moved back
 * blindly, the undo is refused with what changed. The undo of an undo is a redo, by the same rules.
 */

/** Who undoes: the command's own sender, or an owner (who may take back a comment as a moderator). */
export interface Undoer {
  readonly actorId: string;
  readonly owner: boolean;
}

/** One thing a command changed, told as the refusal names it, and how to read it off a state to compare. */
interface Aspect<S> {
  readonly key: string;
  readonly read: (state: S) => unknown;
  readonly changed: (now: S) => string;
}

function requireUnchanged<S>(aspects: readonly Aspect<S>[], after: S, now: S) {
  for (const aspect of aspects) {
    if (JSON.stringify(aspect.read(after)) !== JSON.stringify(aspect.read(now))) {
      throw ruleViolated(`Cannot undo: ${aspect.changed(now)} since`);
    }
  }
}

// --- tasks ----------------------------------------------------------------------------------------------------------

type TaskAspect = Aspect<TaskState>;
const field = (key: string, read: (t: ExistingTask) => unknown, changed: (t: ExistingTask) => string): TaskAspect => ({
  key,
  read: (t) => (t.status === 'none' ? null : read(t)),
  changed: (t) => (t.status === 'none' ? 'the task is gone' : changed(t)),
});

function aspectsOfTask(event: TaskEvent, ref: string, statusName: (id: string) => string): TaskAspect[] {
  const existence = field(
    'existence',
    (t) => t.status,
    (t) => `${ref} was ${t.status === 'deleted' ? 'deleted' : 'restored'}`,
  );
  switch (event.type) {
    case 'TaskCreated':
    case 'TaskDeleted':
    case 'TaskRestored':
      return [existence];
    case 'TaskRenamed':
      return [
        field(
          'title',
          (t) => t.title,
          (t) => `${ref} was renamed to “${t.title}”`,
        ),
      ];
    case 'TaskDescribed':
      return [
        field(
          'description',
          (t) => t.description,
          () => `the description of ${ref} was changed`,
        ),
      ];
    case 'TaskMoved':
      return [
        field(
          'place',
          (t) => [t.statusId, t.rank],
          (t) => `${ref} was moved (it is in ${statusName(t.statusId)} now)`,
        ),
      ];
    case 'TaskAssigned':
    case 'TaskUnassigned':
      return [
        field(
          'assignee',
          (t) => t.assigneeId,
          () => `${ref} was assigned to someone else`,
        ),
      ];
    case 'TaskPrioritized':
      return [
        field(
          'priority',
          (t) => t.priority,
          (t) => `the priority of ${ref} was set to ${t.priority}`,
        ),
      ];
    case 'TaskScheduled':
    case 'TaskUnscheduled':
      return [
        field(
          'due',
          (t) => t.dueOn,
          (t) => `the due date of ${ref} was ${t.dueOn ? `set to ${t.dueOn}` : 'removed'}`,
        ),
      ];
    case 'TaskLabeled':
      return [
        field(
          'labels',
          (t) => t.labels,
          () => `the labels of ${ref} were changed`,
        ),
      ];
    case 'CommentAdded':
    case 'CommentEdited':
    case 'CommentDeleted':
    case 'CommentRestored': {
      const { commentId } = event.data;
      return [
        field(
          `comment ${commentId}`,
          (t) => t.comments[commentId] ?? null,
          () => `that comment on ${ref} was changed`,
        ),
      ];
    }
    default:
      return assertNever(event);
  }
}

/** The commands that undo one event of a task, given the task just before it. */
export function inverseOfTaskEvent(event: TaskEvent, before: TaskState, undoer: Undoer): TaskInProjectCommand[] {
  if (event.type === 'TaskCreated') return [{ type: 'DeleteTask', taskId: event.data.taskId }];
  if (before.status === 'none') return [];
  const taskId = before.id;
  switch (event.type) {
    case 'TaskRenamed':
      return [{ type: 'RenameTask', taskId, title: before.title }];
    case 'TaskDescribed':
      return [{ type: 'DescribeTask', taskId, description: before.description }];
    case 'TaskMoved':
      return [{ type: 'MoveTask', taskId, toStatusId: before.statusId, rank: before.rank }];
    case 'TaskAssigned':
    case 'TaskUnassigned':
      return [{ type: 'AssignTask', taskId, assigneeId: before.assigneeId }];
    case 'TaskPrioritized':
      return [{ type: 'PrioritizeTask', taskId, priority: before.priority }];
    case 'TaskScheduled':
    case 'TaskUnscheduled':
      return [{ type: 'ScheduleTask', taskId, dueOn: before.dueOn }];
    case 'TaskLabeled':
      return labelsBack(taskId, applyLabels(before.labels, event.data.added, event.data.removed), before.labels);
    case 'CommentAdded':
    case 'CommentRestored':
      return [
        {
          type: 'DeleteComment',
          taskId,
          commentId: event.data.commentId,
          actorId: undoer.actorId,
          moderator: undoer.owner,
        },
      ];
    case 'CommentEdited':
      return [
        {
          type: 'EditComment',
          taskId,
          commentId: event.data.commentId,
          body: before.comments[event.data.commentId]?.body ?? '',
          editorId: undoer.actorId,
        },
      ];
    case 'CommentDeleted':
      return [{ type: 'RestoreComment', taskId, commentId: event.data.commentId }];
    case 'TaskDeleted':
      return [{ type: 'RestoreTask', taskId }];
    case 'TaskRestored':
      return [{ type: 'DeleteTask', taskId }];
    default:
      return assertNever(event);
  }
}

// --- projects -------------------------------------------------------------------------------------------------------

type ProjectAspect = Aspect<ProjectState>;
const ofProject = (
  key: string,
  read: (p: ExistingProject) => unknown,
  changed: (p: ExistingProject) => string,
): ProjectAspect => ({
  key,
  read: (p) => (p.status === 'none' ? null : read(p)),
  changed: (p) => (p.status === 'none' ? 'the project is gone' : changed(p)),
});

function aspectsOfProject(event: ProjectEvent): ProjectAspect[] {
  switch (event.type) {
    case 'ProjectRenamed':
      return [
        ofProject(
          'name',
          (p) => p.name,
          (p) => `the project was renamed to “${p.name}”`,
        ),
      ];
    case 'ProjectArchived':
    case 'ProjectRestored':
      return [
        ofProject(
          'archived',
          (p) => p.status,
          (p) => `the project was ${p.status === 'archived' ? 'archived' : 'restored'}`,
        ),
      ];
    case 'StatusAdded':
    case 'StatusRenamed':
    case 'StatusMoved':
    case 'StatusRemoved':
    case 'StatusCategoryChanged': {
      const { statusId } = event.data;
      const place = (p: ExistingProject) => {
        const index = p.statuses.findIndex((s) => s.id === statusId);
        return index === -1 ? null : { ...p.statuses[index], index };
      };
      return [ofProject(`status ${statusId}`, place, () => 'that status was changed')];
    }
    case 'LabelCreated':
    case 'LabelRenamed':
    case 'LabelRecoloured':
    case 'LabelDeleted': {
      const { labelId } = event.data;
      return [
        ofProject(
          `label ${labelId}`,
          (p) => p.labels[labelId] ?? null,
          () => 'that label was changed',
        ),
      ];
    }
    case 'PointNamed':
    case 'PointUnnamed': {
      const { pointId } = event.data;
      return [
        ofProject(
          `point ${pointId}`,
          (p) => p.namedPoints[pointId] ?? null,
          () => 'that named point was changed',
        ),
      ];
    }
    case 'TaskNumberReserved':
    case 'BoardRestored':
    case 'ChangeUndone':
      return [];
    case 'ProjectCreated':
    case 'ProjectForked':
      throw ruleViolated('Cannot undo the creation of a project: archive it instead');
    case 'MemberAdded':
    case 'MemberRoleChanged':
    case 'MemberRemoved':
    case 'MemberInvited':
    case 'InvitationRevoked':
    case 'InvitationAccepted':
      throw ruleViolated('Cannot undo a change of members or invitations: make it again on the members page');
    default:
      return assertNever(event);
  }
}

/** The commands that undo one event of a project, given the project just before it. */
export function inverseOfProjectEvent(event: ProjectEvent, before: ProjectState): ProjectCommand[] {
  if (before.status === 'none') return [];
  const projectId = before.id;
  switch (event.type) {
    case 'ProjectRenamed':
      return [{ type: 'RenameProject', projectId, name: before.name }];
    case 'ProjectArchived':
      return [{ type: 'RestoreProject', projectId }];
    case 'ProjectRestored':
      return [{ type: 'ArchiveProject', projectId }];
    case 'StatusAdded':
      // How many tasks it holds is counted when the step is decided (decideSteps).
      return [{ type: 'RemoveStatus', projectId, statusId: event.data.statusId, tasksInStatus: 0 }];
    case 'StatusRenamed': {
      const status = before.statuses.find((s) => s.id === event.data.statusId);
      return status ? [{ type: 'RenameStatus', projectId, statusId: status.id, name: status.name }] : [];
    }
    case 'StatusMoved': {
      const toIndex = before.statuses.findIndex((s) => s.id === event.data.statusId);
      return [{ type: 'MoveStatus', projectId, statusId: event.data.statusId, toIndex }];
    }
    case 'StatusCategoryChanged': {
      const status = before.statuses.find((s) => s.id === event.data.statusId);
      return status
        ? [{ type: 'ChangeStatusCategory', projectId, statusId: status.id, category: status.category }]
        : [];
    }
    case 'StatusRemoved': {
      const toIndex = before.statuses.findIndex((s) => s.id === event.data.statusId);
      const status = before.statuses[toIndex];
      if (!status) return [];
      return [
        { type: 'AddStatus', projectId, statusId: status.id, name: status.name, category: status.category },
        { type: 'MoveStatus', projectId, statusId: status.id, toIndex },
      ];
    }
    // The tasks a rename or a deletion changed are given their labels back by their own events' inverses.
    case 'LabelCreated':
      return [{ type: 'DeleteLabel', projectId, labelId: event.data.labelId }];
    case 'LabelRenamed':
    case 'LabelRecoloured':
    case 'LabelDeleted': {
      const { labelId } = event.data;
      const label = before.labels[labelId];
      if (!label) return [];
      if (event.type === 'LabelRenamed') return [{ type: 'RenameLabel', projectId, labelId, name: label.name }];
      if (event.type === 'LabelRecoloured')
        return [{ type: 'RecolourLabel', projectId, labelId, colour: label.colour }];
      return [{ type: 'CreateLabel', projectId, labelId, name: label.name, colour: label.colour }];
    }
    case 'PointNamed':
      return [{ type: 'UnnamePoint', projectId, pointId: event.data.pointId }];
    case 'PointUnnamed': {
      const point = before.namedPoints[event.data.pointId];
      if (!point) return [];
      const { position, name } = point;
      return [{ type: 'NamePoint', projectId, pointId: event.data.pointId, position, name, eventOfProject: true }];
    }
    // A number once handed out is never handed out again; the mark of a restore goes with the changes it undoes.
    case 'TaskNumberReserved':
    case 'BoardRestored':
    case 'ChangeUndone':
      return [];
    case 'ProjectCreated':
    case 'ProjectForked':
    case 'MemberAdded':
    case 'MemberRoleChanged':
    case 'MemberRemoved':
    case 'MemberInvited':
    case 'InvitationRevoked':
    case 'InvitationAccepted':
      return [];
    default:
      return assertNever(event);
  }
}

/**
 * The steps that undo an act (one command's events, over any of its project's streams, in the order recorded):
 * `before` holds each stream it wrote as it stood just before, `now` as it stands. Each event's inverse is computed
 * against its stream just before it, and the inverses run newest first, as the events are taken back one by one.
 * Refused when anything the act changed has changed since. The last step marks what was undone, for the history.
 */
export function undoAct(
  before: Board,
  undone: { readonly commandId: string; readonly events: readonly (BoardEvent & { readonly position: number })[] },
  now: Board,
  context: { readonly undoer: Undoer; readonly statusName: (id: string) => string },
): Step[] {
  const recorded = undone.events;
  const key = before.project.status === 'none' ? '' : before.project.key;
  let state = before;
  const steps: Step[][] = [];
  const projectAspects: ProjectAspect[] = [];
  const taskAspects = new Map<string, TaskAspect[]>();
  for (const { taskId, event } of recorded) {
    if (isProjectEvent(event)) {
      projectAspects.push(...aspectsOfProject(event));
      steps.unshift(inverseOfProjectEvent(event, state.project).map((command) => ({ command })));
    } else if (taskId !== null) {
      const task = taskOf(state, taskId);
      const number = task.status !== 'none' ? task.number : event.type === 'TaskCreated' ? event.data.number : 0;
      const ref = `${key}-${number}`;
      taskAspects.set(taskId, [...(taskAspects.get(taskId) ?? []), ...aspectsOfTask(event, ref, context.statusName)]);
      steps.unshift(inverseOfTaskEvent(event, task, context.undoer).map((command) => ({ taskId, command })));
    }
    state = evolveBoard(state, { taskId, event });
  }
  requireUnchanged(uniqueAspects(projectAspects), state.project, now.project);
  for (const [taskId, aspects] of taskAspects) {
    requireUnchanged(uniqueAspects(aspects), taskOf(state, taskId), taskOf(now, taskId));
  }
  const mark: Step = {
    command: { type: 'MarkUndone', commandId: undone.commandId, positions: recorded.map((e) => e.position) },
  };
  return [...steps.flat(), mark];
}

function uniqueAspects<S>(aspects: readonly Aspect<S>[]): Aspect<S>[] {
  const seen = new Set<string>();
  return aspects.filter((a) => !seen.has(a.key) && seen.add(a.key));
}
