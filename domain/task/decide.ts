import { requireAssignable } from '../project/members';
import { requireActiveProject, requireStatus } from '../project/rules';
import type { ActiveProject, ProjectState } from '../project/state';
import { assertNever } from '../shared/decider';
import { forbidden, invalid, notFound, ruleViolated } from '../shared/errors';
import type { TaskCommand } from './commands';
import type { TaskEvent } from './events';
import {
  LABELS_PER_TASK_MAX,
  normaliseLabel,
  requireCommentBody,
  requireDescription,
  requireDueDate,
  requirePriority,
  requireRank,
  requireTaskNumber,
  requireTitle,
} from './rules';
import { applyLabels, isActiveTask, type ActiveTask, type TaskState } from './state';

/**
 * A task's rules depend on its project (archived projects and workflow statuses), so the project's state is a
 * second, read-only input. The command handler loads it under a lock that keeps it current until the append.
 */
export function decideTask(command: TaskCommand, task: TaskState, project: ProjectState): readonly TaskEvent[] {
  requireActiveProject(project);
  if (command.type === 'CreateTask') return createTask(command, task, project);
  if (task.status === 'none' || task.projectId !== project.id) throw notFound('Task not found');
  const ref = `${project.key}-${task.number}`;
  if (command.type === 'RestoreTask') return restoreTask(command, task, project);
  if (command.type === 'DeleteTask') return task.status === 'active' ? [{ type: 'TaskDeleted', data: {} }] : [];
  if (!isActiveTask(task)) throw ruleViolated(`${ref} is deleted; restore it first`);
  return decideOnActiveTask(command, task, project);
}

function decideOnActiveTask(
  command: Exclude<TaskCommand, { type: 'CreateTask' | 'RestoreTask' | 'DeleteTask' }>,
  task: ActiveTask,
  project: ActiveProject,
): readonly TaskEvent[] {
  switch (command.type) {
    case 'RenameTask': {
      const title = requireTitle(command.title);
      return title === task.title ? [] : [{ type: 'TaskRenamed', data: { title } }];
    }
    case 'DescribeTask': {
      const description = requireDescription(command.description);
      return description === task.description ? [] : [{ type: 'TaskDescribed', data: { description } }];
    }
    case 'MoveTask': {
      const status = requireStatus(project, command.toStatusId);
      const rank = requireRank(command.rank);
      if (status.id === task.statusId && rank === task.rank) return [];
      return [{ type: 'TaskMoved', data: { fromStatusId: task.statusId, toStatusId: status.id, rank } }];
    }
    case 'AssignTask': {
      const { assigneeId } = command;
      if (assigneeId === task.assigneeId) return [];
      if (assigneeId !== null) requireAssignable(project.members, assigneeId);
      if (assigneeId === null) return [{ type: 'TaskUnassigned', data: { previousAssigneeId: task.assigneeId ?? '' } }];
      return [{ type: 'TaskAssigned', data: { assigneeId } }];
    }
    case 'PrioritizeTask': {
      const priority = requirePriority(command.priority);
      return priority === task.priority ? [] : [{ type: 'TaskPrioritized', data: { priority } }];
    }
    case 'ScheduleTask': {
      if (command.dueOn === null) return task.dueOn === null ? [] : [{ type: 'TaskUnscheduled', data: {} }];
      const dueOn = requireDueDate(command.dueOn);
      return dueOn === task.dueOn ? [] : [{ type: 'TaskScheduled', data: { dueOn } }];
    }
    case 'LabelTask':
      return labelTask(command, task);
    case 'CommentOnTask': {
      if (task.comments[command.commentId]) throw ruleViolated('That comment already exists');
      const body = requireCommentBody(command.body);
      return [{ type: 'CommentAdded', data: { commentId: command.commentId, authorId: command.authorId, body } }];
    }
    case 'EditComment': {
      const comment = task.comments[command.commentId];
      if (!comment) throw notFound('Comment not found');
      if (comment.deleted) throw ruleViolated('That comment was deleted');
      if (comment.authorId !== command.editorId) throw forbidden('Only its author can edit a comment');
      const body = requireCommentBody(command.body);
      return body === comment.body ? [] : [{ type: 'CommentEdited', data: { commentId: command.commentId, body } }];
    }
    case 'DeleteComment': {
      const comment = task.comments[command.commentId];
      if (!comment) throw notFound('Comment not found');
      if (comment.authorId !== command.actorId && !command.moderator) {
        throw forbidden('Only its author or an owner of the project can delete a comment');
      }
      return comment.deleted ? [] : [{ type: 'CommentDeleted', data: { commentId: command.commentId } }];
    }
    case 'RestoreComment': {
      const comment = task.comments[command.commentId];
      if (!comment) throw notFound('Comment not found');
      return comment.deleted ? [{ type: 'CommentRestored', data: { commentId: command.commentId } }] : [];
    }
    default:
      return assertNever(command);
  }
}

function createTask(
  command: Extract<TaskCommand, { type: 'CreateTask' }>,
  task: TaskState,
  project: ActiveProject,
): readonly TaskEvent[] {
  if (command.projectId !== project.id) throw notFound('Project not found');
  if (task.status !== 'none') throw ruleViolated('This task already exists');
  const [firstStatus] = project.statuses;
  const statusId = command.statusId ?? firstStatus?.id;
  if (statusId === undefined) throw ruleViolated(`Project ${project.key} has no status to put a task in`);
  if (command.assigneeId) requireAssignable(project.members, command.assigneeId);
  return [
    {
      type: 'TaskCreated',
      data: {
        taskId: command.taskId,
        projectId: project.id,
        number: requireTaskNumber(command.number),
        title: requireTitle(command.title),
        description: requireDescription(command.description ?? ''),
        statusId: requireStatus(project, statusId).id,
        rank: requireRank(command.rank),
        priority: requirePriority(command.priority ?? 'none'),
        assigneeId: command.assigneeId ?? null,
      },
    },
  ];
}

function labelTask(command: Extract<TaskCommand, { type: 'LabelTask' }>, task: ActiveTask): readonly TaskEvent[] {
  const toAdd = unique(command.add.map(normaliseLabel));
  const toRemove = unique(command.remove.map(normaliseLabel));
  if (toAdd.some((l) => toRemove.includes(l))) throw invalid('labels', 'A label cannot be added and removed at once');
  const add = toAdd.filter((l) => !task.labels.includes(l));
  const remove = toRemove.filter((l) => task.labels.includes(l));
  if (add.length === 0 && remove.length === 0) return [];
  if (applyLabels(task.labels, add, remove).length > LABELS_PER_TASK_MAX) {
    throw ruleViolated(`A task has at most ${LABELS_PER_TASK_MAX} labels`);
  }
  return [{ type: 'TaskLabeled', data: { added: add, removed: remove } }];
}

const unique = (values: readonly string[]) => [...new Set(values)];

function restoreTask(
  command: Extract<TaskCommand, { type: 'RestoreTask' }>,
  task: Exclude<TaskState, { status: 'none' }>,
  project: ActiveProject,
): readonly TaskEvent[] {
  if (task.status !== 'deleted') return [];
  if (project.statuses.some((s) => s.id === task.statusId)) return [{ type: 'TaskRestored', data: {} }];
  const [first] = project.statuses;
  if (!first) throw ruleViolated(`Project ${project.key} has no status to put a task in`);
  return [
    { type: 'TaskRestored', data: {} },
    {
      type: 'TaskMoved',
      data: { fromStatusId: task.statusId, toStatusId: first.id, rank: requireRank(command.rank ?? '') },
    },
  ];
}
