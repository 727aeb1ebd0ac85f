import { TRPCError } from '@trpc/server';
import { BulkChange, BulkTaskIds, type CommandType } from '@/domain';
import { changeTasks } from '../../commands/bulk';
import type { Executor } from '../../db/types';
import { readDeletedTasks } from '../../queries/deleted-tasks';
import { readTask, type TaskRef } from '../../queries/task';
import { taskBlame } from '../../replay/task-blame';
import { taskTextChange } from '../../replay/task-text-change';
import { taskAt } from '../../replay/views-at';
import { int4, position } from '../input';
import { createRouter, projectActProcedure, projectCommand, projectProcedure } from '../trpc';
import { replayPoint, type ReplayPointInput } from './replay-point';

/** A change to a task, named by the task; it may carry the version its sender saw (a stale one is a CONFLICT). */
const change = <T extends CommandType>(type: T) => projectCommand('changeTasks', 'taskId', type);

export const taskRouter = createRouter({
  get: projectProcedure('read', 'taskId', { at: replayPoint }).query(({ ctx, input }) =>
    taskAsOf(ctx.db, { projectId: ctx.project.id, taskId: input.taskId }, input.at),
  ),
  /** The same, named as addresses name it: the project's key and the task's number. */
  getByNumber: projectProcedure('read', 'key', { number: int4(1), at: replayPoint }).query(({ ctx, input }) =>
    taskAsOf(ctx.db, { projectId: ctx.project.id, number: input.number }, input.at),
  ),
  /** Who last set each field, now or as of a point. */
  blame: projectProcedure('read', 'taskId', { at: replayPoint }).query(({ ctx, input }) =>
    taskBlame(ctx.db, ctx.project.id, input.taskId, input.at),
  ),
  /** The project's deleted tasks, with who deleted each and when: what Restore can bring back. */
  listDeleted: projectProcedure('read', 'projectId', {}).query(({ ctx }) => readDeletedTasks(ctx.db, ctx.project.id)),
  /** The words one of the task's events wrote, beside those they replaced. */
  textChange: projectProcedure('read', 'taskId', { position }).query(({ ctx, input }) =>
    taskTextChange(ctx.db, input.taskId, input.position),
  ),

  create: projectCommand('changeTasks', 'projectId', 'CreateTask'),
  rename: change('RenameTask'),
  describe: change('DescribeTask'),
  move: change('MoveTask'),
  assign: change('AssignTask'),
  prioritize: change('PrioritizeTask'),
  schedule: change('ScheduleTask'),
  label: change('LabelTask'),
  comment: change('CommentOnTask'),
  editComment: change('EditComment'),
  deleteComment: change('DeleteComment'),
  delete: change('DeleteTask'),
  restore: change('RestoreTask'),
  /** One change to several tasks of the project, as one command: all of them or none, undone in one go. */
  bulk: projectActProcedure('changeTasks', 'projectId', { taskIds: BulkTaskIds, change: BulkChange }).mutation(
    ({ ctx, input }) => changeTasks(ctx.command, input.taskIds, input.change),
  ),
});

/** A task of the checked project, live or as of a point of its history. */
async function taskAsOf(db: Executor, ref: TaskRef, at: ReplayPointInput | undefined) {
  const live = await readTask(db, ref);
  if (!live) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
  if (!at) return { ...live, asOf: null, labelsThen: null };
  const past = await taskAt(db, ref.projectId, live.task.id, at);
  if (!past) throw new TRPCError({ code: 'NOT_FOUND', message: 'The task did not exist yet at that point' });
  return past;
}
