import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { text } from './text';
import { COMMENT_MAX, DESCRIPTION_MAX, LABEL_MAX, LABELS_PER_TASK_MAX, PRIORITIES, TITLE_MAX } from '@/domain';
import { rankForPlace } from '../../commands/ranking';
import { assignTask, changeTask, createTask, moveTask } from '../../commands/task-commands';
import { readTask } from '../../queries/task';
import { taskAt } from '../../replay/views-at';
import { replayPoint } from './replay-point';
import { commandProcedure, createRouter, projectProcedure } from '../trpc';

/** Every change to a task may carry the version the sender saw; a stale one is answered with CONFLICT. */
const taskRef = z.object({ taskId: z.uuid(), expectedVersion: z.number().int().min(0).optional() });
const title = text(TITLE_MAX);
const priority = z.enum(PRIORITIES);
const labels = z.array(text(LABEL_MAX)).max(LABELS_PER_TASK_MAX);
const change = commandProcedure('changeTasks');

export const taskRouter = createRouter({
  get: projectProcedure('read')
    .input(
      z.union([
        z.object({ taskId: z.uuid(), at: replayPoint }),
        z.object({ key: text(6), number: z.number().int().positive(), at: replayPoint }),
      ]),
    )
    .query(async ({ ctx, input }) => {
      const live = await readTask(ctx.db, input);
      if (!live) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
      if (!input.at) return { ...live, asOf: null };
      const past = await taskAt(ctx.db, live.project.id, live.task.id, input.at);
      if (!past) throw new TRPCError({ code: 'NOT_FOUND', message: 'The task did not exist yet at that point' });
      return past;
    }),

  create: change
    .input(
      z.object({
        projectId: z.uuid(),
        title,
        description: text(DESCRIPTION_MAX).optional(),
        statusId: z.uuid().optional(),
        priority: priority.optional(),
        assigneeId: z.uuid().nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => createTask(ctx.command, input)),
  rename: change
    .input(taskRef.extend({ title }))
    .mutation(({ ctx, input }) =>
      changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({ type: 'RenameTask', title: input.title })),
    ),
  describe: change.input(taskRef.extend({ description: text(DESCRIPTION_MAX) })).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'DescribeTask',
      description: input.description,
    })),
  ),
  move: change
    .input(taskRef.extend({ toStatusId: z.uuid(), index: z.number().int().min(0).max(100_000).optional() }))
    .mutation(({ ctx, input }) => moveTask(ctx.command, input)),
  assign: change
    .input(taskRef.extend({ assigneeId: z.uuid().nullable() }))
    .mutation(({ ctx, input }) => assignTask(ctx.command, input)),
  prioritize: change.input(taskRef.extend({ priority })).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'PrioritizeTask',
      priority: input.priority,
    })),
  ),
  schedule: change.input(taskRef.extend({ dueOn: text(10).nullable() })).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'ScheduleTask',
      dueOn: input.dueOn,
    })),
  ),
  label: change
    .input(taskRef.extend({ add: labels.default([]), remove: labels.default([]) }))
    .mutation(({ ctx, input }) =>
      changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
        type: 'LabelTask',
        add: input.add,
        remove: input.remove,
      })),
    ),
  comment: change.input(taskRef.extend({ body: text(COMMENT_MAX) })).mutation(({ ctx, input }) => {
    const commentId = ctx.command.newId();
    return changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
      type: 'CommentOnTask',
      commentId,
      authorId: ctx.command.actorId,
      body: input.body,
    }));
  }),
  editComment: change
    .input(taskRef.extend({ commentId: z.uuid(), body: text(COMMENT_MAX) }))
    .mutation(({ ctx, input }) =>
      changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({
        type: 'EditComment',
        commentId: input.commentId,
        editorId: ctx.command.actorId,
        body: input.body,
      })),
    ),
  delete: change
    .input(taskRef)
    .mutation(({ ctx, input }) =>
      changeTask(ctx.command, input.taskId, input.expectedVersion, () => ({ type: 'DeleteTask' })),
    ),
  restore: change.input(taskRef).mutation(({ ctx, input }) =>
    changeTask(ctx.command, input.taskId, input.expectedVersion, async (tx, _task, project) => {
      // Where it goes if its status was removed while it was deleted (the decider decides whether it must).
      if (project.status === 'none' || !project.statuses[0]) return { type: 'RestoreTask' };
      const place = { projectId: project.id, statusId: project.statuses[0].id };
      return { type: 'RestoreTask', rank: await rankForPlace(tx, place) };
    }),
  ),
});
