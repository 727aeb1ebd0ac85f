import { TRPCError } from '@trpc/server';
import { readBoard } from '../../queries/board';
import { boardAt } from '../../replay/views-at';
import { createRouter, projectProcedure } from '../trpc';
import { replayPoint } from './replay-point';

export const boardRouter = createRouter({
  /** Without `at`, the live tables answer; with it, the project's history is replayed to that point. */
  get: projectProcedure('read', 'projectId', { at: replayPoint }).query(async ({ ctx, input }) => {
    if (!input.at) {
      const board = await readBoard(ctx.db, ctx.project.id);
      if (!board) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
      return { ...board, asOf: null, labelsThen: null };
    }
    const board = await boardAt(ctx.db, ctx.project.id, input.at);
    // The access check found the project, so it exists: it only did not yet at that point.
    if (!board) throw new TRPCError({ code: 'NOT_FOUND', message: 'The project did not exist yet at that point' });
    return board;
  }),
});
