import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { text } from './text';
import { readHistory } from '../../queries/history';
import { diffBetween, historySpan, inspectEvent } from '../../replay/inspect';
import { resolvePoint } from '../../replay/point';
import { createRouter, projectProcedure } from '../trpc';
import { replayPoint } from './replay-point';

const point = replayPoint.unwrap();

export const historyRouter = createRouter({
  list: projectProcedure('read')
    .input(
      z.object({
        projectId: z.uuid(),
        taskId: z.uuid().optional(),
        actorId: z.uuid().optional(),
        types: z.array(text(40)).max(30).optional(),
        at: replayPoint,
        cursor: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const upTo = input.at ? await resolvePoint(ctx.db, input.projectId, input.at) : undefined;
      return readHistory(ctx.db, { ...input, upTo });
    }),
  span: projectProcedure('read')
    .input(z.object({ projectId: z.uuid() }))
    .query(({ ctx, input }) => historySpan(ctx.db, input.projectId)),
  event: projectProcedure('read')
    .input(z.object({ position: z.number().int().positive() }))
    .query(async ({ ctx, input }) => {
      const inspected = await inspectEvent(ctx.db, input.position);
      if (!inspected) throw new TRPCError({ code: 'NOT_FOUND', message: `No event at position ${input.position}` });
      return inspected;
    }),
  diff: projectProcedure('read')
    .input(z.object({ projectId: z.uuid(), from: point, to: point }))
    .query(({ ctx, input }) => diffBetween(ctx.db, input.projectId, input.from, input.to)),
});
