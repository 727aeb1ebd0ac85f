import { decideProject, decideTask, notFound, requireAccess, type TaskCommand } from '@/domain';
import type { Priority, ProjectState, TaskState } from '@/domain';
import type { Transaction } from '../db/types';
import { ConcurrencyError, taskStreamId } from '../event-store';
import type { ProjectCommandContext } from './context';
import { executeCommand } from './execute';
import { loadProject, loadTask } from './load';
import { rankForPlace } from './ranking';

export interface NewTask {
  title: string;
  description?: string;
  statusId?: string;
  priority?: Priority;
  assigneeId?: string | null;
}

/** The project's state under its lock, for a sender it still grants the permission the command needs. */
async function loadProjectFor(tx: Transaction, ctx: ProjectCommandContext, lock: 'share' | 'update') {
  const project = await loadProject(tx, ctx.project.id, lock, ctx.db);
  requireAccess(project.state, ctx.actorId, ctx.project.permission);
  return project;
}

/** The project hands out the number (its stream records it) and the new task stream starts: one transaction. */
export function createTask(ctx: ProjectCommandContext, input: NewTask) {
  const taskId = ctx.newId();
  const projectId = ctx.project.id;
  return executeCommand(ctx, async (tx) => {
    const project = await loadProjectFor(tx, ctx, 'update');
    const reserved = decideProject({ type: 'ReserveTaskNumber', taskId }, project.state);
    const number = reserved[0]?.type === 'TaskNumberReserved' ? reserved[0].data.number : 0;
    const statusId = input.statusId ?? firstStatusId(project.state);
    const rank = statusId ? await rankForPlace(tx, { projectId, statusId }) : '';
    const created = decideTask(
      {
        type: 'CreateTask',
        taskId,
        number,
        rank,
        statusId,
        title: input.title,
        description: input.description,
        priority: input.priority,
        assigneeId: input.assigneeId,
      },
      (await loadTask(tx, projectId, taskId, ctx.db)).state,
      project.state,
    );
    const streamId = taskStreamId(taskId);
    return {
      streamId,
      writes: [
        { streamId: project.streamId, projectId, expectedVersion: project.version, events: reserved },
        { streamId, projectId, expectedVersion: 0, events: created },
      ],
      result: { taskId, number },
    };
  });
}

type TaskChange = Exclude<TaskCommand, { type: 'CreateTask' }>;
type ToTaskCommand = (tx: Transaction, task: TaskState, project: ProjectState) => TaskChange | Promise<TaskChange>;

/**
 * Every command on an existing task of the command's project: a task of any other project is not found. The
 * project is locked 'share' (so its workflow, archived flag and members hold until commit) and the task stream's
 * version is checked by the append. A caller that sends the version it saw gets a conflict instead of a silent
 * retry when someone else changed the task first.
 */
export function changeTask(
  ctx: ProjectCommandContext,
  taskId: string,
  expectedVersion: number | undefined,
  toCommand: ToTaskCommand,
) {
  return executeCommand(
    ctx,
    async (tx) => {
      const project = await loadProjectFor(tx, ctx, 'share');
      const task = await loadTask(tx, ctx.project.id, taskId, ctx.db);
      if (task.version === 0) throw notFound('Task not found');
      if (expectedVersion !== undefined && expectedVersion !== task.version)
        throw new ConcurrencyError(task.streamId, expectedVersion);
      const events = decideTask(await toCommand(tx, task.state, project.state), task.state, project.state);
      return {
        streamId: task.streamId,
        writes: [{ streamId: task.streamId, projectId: ctx.project.id, expectedVersion: task.version, events }],
      };
    },
    { pinned: expectedVersion !== undefined },
  );
}

export const moveTask = (
  ctx: ProjectCommandContext,
  input: { taskId: string; expectedVersion?: number; toStatusId: string; index?: number },
) =>
  changeTask(ctx, input.taskId, input.expectedVersion, async (tx, task) => {
    const rank =
      task.status === 'none'
        ? ''
        : await rankForPlace(tx, { projectId: task.projectId, statusId: input.toStatusId, index: input.index }, task);
    return { type: 'MoveTask', toStatusId: input.toStatusId, rank };
  });

export const assignTask = (
  ctx: ProjectCommandContext,
  input: { taskId: string; expectedVersion?: number; assigneeId: string | null },
) => changeTask(ctx, input.taskId, input.expectedVersion, () => ({ type: 'AssignTask', assigneeId: input.assigneeId }));

const firstStatusId = (project: ProjectState) => (project.status === 'none' ? undefined : project.statuses[0]?.id);
