import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readBoard } from '../../queries/board';
import { createRouter, publicProcedure } from '../trpc';

export const boardRouter = createRouter({
  get: publicProcedure.input(z.object({ projectId: z.uuid() })).query(async ({ ctx, input }) => {
    const board = await readBoard(ctx.db, input.projectId);
    if (!board) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
    return board;
  }),
});
