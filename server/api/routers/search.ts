import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { search } from '../../queries/search';
import { text } from '../input';
import { SCOPES, scopedProject } from '../scope';
import { createRouter, signedInProcedure } from '../trpc';

/** Longer than anyone types into a search box, short enough that a query over it stays cheap. */
export const SEARCH_TEXT_MAX = 200;

export const searchRouter = createRouter({
  /**
   * Tasks and history entries matching `q`, in every project the person is a member of, or in the one `projectId`
   * names: that one is checked as every project procedure checks its scope, and one they cannot read is not found.
   */
  query: signedInProcedure
    .input(
      z.strictObject({
        q: text(SEARCH_TEXT_MAX),
        projectId: SCOPES.projectId.schema.optional(),
        limit: z.number().int().min(1).max(50).default(10),
      }),
    )
    .query(async ({ ctx, input }) => {
      if (input.projectId) {
        const project = await scopedProject(ctx.db, 'projectId', input.projectId, ctx.user.id, ctx.scopes);
        if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: SCOPES.projectId.notFound });
      }
      return search(ctx.db, input.q, { userId: ctx.user.id, projectId: input.projectId, limit: input.limit });
    }),
});
