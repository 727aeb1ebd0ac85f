import { decideProject, decideTask, notFound, type TaskCommand } from '@/domain';
import type { Priority, ProjectState, TaskState } from '@/domain';
import type { Transaction } from '../db/types';
import { ConcurrencyError, taskStreamId } from '../event-store';
import type { CommandContext } from './context';
import { executeCommand } from './execute';
import { loadProject, loadTask, projectOfTask } from './load';
import { rankForPlace } from './ranking';

export interface NewTask {
  projectId: string;
  title: string;
  description?: string;
  statusId?: string;
  priority?: Priority;
  assigneeId?: string | null;
}

/** The project hands out the number (its stream records it) and the new task stream starts: one transaction. */
export function createTask(ctx: CommandContext, input: NewTask) {
  const taskId = ctx.newId();
  return executeCommand(ctx, async (tx) => {
    const project = await loadProject(tx, input.projectId, 'update', ctx.db);
    const reserved = decideProject({ type: 'ReserveTaskNumber', taskId }, project.state);
    const number = reserved[0]?.type === 'TaskNumberReserved' ? reserved[0].data.number : 0;
    const statusId = input.statusId ?? firstStatusId(project.state);
    const rank = statusId ? await rankForPlace(tx, { projectId: input.projectId, statusId }) : '';
    const created = decideTask(
      { type: 'CreateTask', taskId, number, rank, ...input, statusId },
      (await loadTask(tx, taskId, ctx.db)).state,
      project.state,
    );
    const streamId = taskStreamId(taskId);
    return {
      streamId,
      writes: [
        { streamId: project.streamId, projectId: input.projectId, expectedVersion: project.version, events: reserved },
        { streamId, projectId: input.projectId, expectedVersion: 0, events: created },
      ],
      result: { taskId, number },
    };
  });
}

type TaskChange = Exclude<TaskCommand, { type: 'CreateTask' }>;
type ToTaskCommand = (tx: Transaction, task: TaskState, project: ProjectState) => TaskChange | Promise<TaskChange>;

/**
 * Every command on an existing task. The project is locked 'share' (so its workflow and archived flag hold until
 * commit) and the task stream's version is checked by the append. A caller that sends the version it saw gets a
 * conflict instead of a silent retry when someone else changed the task first.
 */
export function changeTask(
  ctx: CommandContext,
  taskId: string,
  expectedVersion: number | undefined,
  toCommand: ToTaskCommand,
) {
  return executeCommand(
    ctx,
    async (tx) => {
      const projectId = await projectOfTask(tx, taskId);
      if (!projectId) throw notFound('Task not found');
      const project = await loadProject(tx, projectId, 'share', ctx.db);
      const task = await loadTask(tx, taskId, ctx.db);
      if (expectedVersion !== undefined && expectedVersion !== task.version)
        throw new ConcurrencyError(task.streamId, expectedVersion);
      const events = decideTask(await toCommand(tx, task.state, project.state), task.state, project.state);
      return {
        streamId: task.streamId,
        writes: [{ streamId: task.streamId, projectId, expectedVersion: task.version, events }],
      };
    },
    { pinned: expectedVersion !== undefined },
  );
}

export const moveTask = (
  ctx: CommandContext,
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
  ctx: CommandContext,
  input: { taskId: string; expectedVersion?: number; assigneeId: string | null },
) => changeTask(ctx, input.taskId, input.expectedVersion, () => ({ type: 'AssignTask', assigneeId: input.assigneeId }));

const firstStatusId = (project: ProjectState) => (project.status === 'none' ? undefined : project.statuses[0]?.id);
