import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { COMMENT_MAX, DESCRIPTION_MAX, LABEL_MAX, LABELS_PER_TASK_MAX, PRIORITIES, TITLE_MAX } from '@/domain';
import { rankForPlace } from '../../commands/ranking';
import { assignTask, changeTask, createTask, moveTask } from '../../commands/task-commands';
import type { Executor } from '../../db/types';
import { readTask, type TaskRef } from '../../queries/task';
import { taskAt } from '../../replay/views-at';
import { int4, text } from '../input';
import { createRouter, projectCommandProcedure, projectProcedure } from '../trpc';
import { replayPoint, type ReplayPointInput } from './replay-point';

/** Every change to a task may carry the version the sender saw; a stale one is answered with CONFLICT. */
const expectedVersion = int4().optional();
const title = text(TITLE_MAX);
const priority = z.enum(PRIORITIES);
const labels = z.array(text(LABEL_MAX)).max(LABELS_PER_TASK_MAX);
const change = <S extends z.ZodRawShape>(shape: S) =>
  projectCommandProcedure('changeTasks', 'taskId', { expectedVersion, ...shape });

export const taskRouter = createRouter({
  get: projectProcedure('read', 'taskId', { at: replayPoint }).query(({ ctx, input }) =>
    taskAsOf(ctx.db, { projectId: ctx.project.id, taskId: input.taskId }, input.at),
  ),
  /** The same, named as addresses name it: the project's key and the task's number. */
  getByNumber: projectProcedure('read', 'key', { number: int4(1), at: replayPoint }).query(({ ctx, input }) =>
    taskAsOf(ctx.db, { projectId: ctx.project.id, number: input.number }, input.at),
  ),

  create: projectCommandProcedure('changeTasks', 'projectId', {
    title,
    description: text(DESCRIPTION_MAX).optional(),
    statusId: z.uuid().optional(),
    priority: priority.optional(),
    assigneeId: z.uuid().nullable().optional(),
  }).mutation(({ ctx, input }) => createTask(ctx.command, input)),
  rename: change({ title }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({ type: 'RenameTask', title: input.title })),
  ),
  describe: change({ description: text(DESCRIPTION_MAX) }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'DescribeTask',
      description: input.description,
    })),
  ),
  move: change({ toStatusId: z.uuid(), index: z.number().int().min(0).max(100_000).optional() }).mutation(
    ({ ctx, input }) => moveTask(ctx.command, input),
  ),
  assign: change({ assigneeId: z.uuid().nullable() }).mutation(({ ctx, input }) => assignTask(ctx.command, input)),
  prioritize: change({ priority }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'PrioritizeTask',
      priority: input.priority,
    })),
  ),
  schedule: change({ dueOn: text(10).nullable() }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'ScheduleTask',
      dueOn: input.dueOn,
    })),
  ),
  label: change({ add: labels.default([]), remove: labels.default([]) }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'LabelTask',
      add: input.add,
      remove: input.remove,
    })),
  ),
  comment: change({ body: text(COMMENT_MAX) }).mutation(({ ctx, input }) => {
    const commentId = ctx.command.newId();
    return changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'CommentOnTask',
      commentId,
      authorId: ctx.command.actorId,
      body: input.body,
    }));
  }),
  editComment: change({ commentId: z.uuid(), body: text(COMMENT_MAX) }).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'EditComment',
      commentId: input.commentId,
      editorId: ctx.command.actorId,
      body: input.body,
    })),
  ),
  delete: change({}).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({ type: 'DeleteTask' })),
  ),
  restore: change({}).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, async (tx, _task, project) => {
      // Where it goes if its status was removed while it was deleted (the decider decides whether it must).
      if (project.status === 'none' || !project.statuses[0]) return { type: 'RestoreTask' };
      const place = { projectId: project.id, statusId: project.statuses[0].id };
      return { type: 'RestoreTask', rank: await rankForPlace(tx, place) };
    }),
  ),
});

/** A task of the checked project, live or as of a point of its history. */
async function taskAsOf(db: Executor, ref: TaskRef, at: ReplayPointInput | undefined) {
  const live = await readTask(db, ref);
  if (!live) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
  if (!at) return { ...live, asOf: null };
  const past = await taskAt(db, ref.projectId, live.task.id, at);
  if (!past) throw new TRPCError({ code: 'NOT_FOUND', message: 'The task did not exist yet at that point' });
  return past;
}
