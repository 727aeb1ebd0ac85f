import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readHistory } from '../../queries/history';
import { changesBetween } from '../../replay/between';
import { diffBetween, historySpan, inspectEvent } from '../../replay/inspect';
import { resolvePoint } from '../../replay/point';
import { position, text } from '../input';
import { createRouter, projectProcedure } from '../trpc';
import { point, replayPoint } from './replay-point';

export const historyRouter = createRouter({
  list: projectProcedure('read', 'projectId', {
    taskId: z.uuid().optional(),
    actorId: z.uuid().optional(),
    types: z.array(text(40)).max(30).optional(),
    at: replayPoint,
    /** The position to continue below: a bound, not an event (any number below the last one seen works). */
    cursor: position.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    /** tRPC's infinite queries send which way they page; the timeline only pages back in time, from the cursor. */
    direction: z.enum(['forward', 'backward']).optional(),
  }).query(async ({ ctx, input }) => {
    const upTo = input.at ? await resolvePoint(ctx.db, ctx.project.id, input.at) : undefined;
    const history = await readHistory(ctx.db, { ...input, projectId: ctx.project.id, upTo });
    if (!history) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
    return history;
  }),
  span: projectProcedure('read', 'projectId', {}).query(({ ctx }) => historySpan(ctx.db, ctx.project.id)),
  event: projectProcedure('read', 'projectId', { position }).query(async ({ ctx, input }) => {
    const inspected = await inspectEvent(ctx.db, ctx.project.id, input.position);
    if (!inspected) throw new TRPCError({ code: 'NOT_FOUND', message: `No event at position ${input.position}` });
    return inspected;
  }),
  diff: projectProcedure('read', 'projectId', { from: point, to: point }).query(({ ctx, input }) =>
    diffBetween(ctx.db, ctx.project.id, input.from, input.to),
  ),
  /** The changes that made a diff (`git log from..to`), oldest first, a page at a time after the cursor. */
  between: projectProcedure('read', 'projectId', {
    from: point,
    to: point,
    cursor: position.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    direction: z.enum(['forward', 'backward']).optional(),
  }).query(({ ctx, input }) => changesBetween(ctx.db, ctx.project.id, input.from, input.to, input)),
});
