import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readBoard } from '../../queries/board';
import { findProject } from '../../queries/projects';
import { boardAt } from '../../replay/views-at';
import { createRouter, projectProcedure } from '../trpc';
import { replayPoint } from './replay-point';

export const boardRouter = createRouter({
  /** Without `at`, the live tables answer; with it, the project's history is replayed to that point. */
  get: projectProcedure('read')
    .input(z.object({ projectId: z.uuid(), at: replayPoint }))
    .query(async ({ ctx, input }) => {
      if (!input.at) {
        const board = await readBoard(ctx.db, input.projectId);
        if (!board) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
        return { ...board, asOf: null };
      }
      const board = await boardAt(ctx.db, input.projectId, input.at);
      if (board) return board;
      const exists = await findProject(ctx.db, { projectId: input.projectId });
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: exists ? 'The project did not exist yet at that point' : 'Project not found',
      });
    }),
});
