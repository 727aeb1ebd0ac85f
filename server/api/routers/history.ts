import { z } from 'zod';
import { readHistory } from '../../queries/history';
import { createRouter, publicProcedure } from '../trpc';

export const historyRouter = createRouter({
  list: publicProcedure
    .input(
      z.object({
        projectId: z.uuid(),
        taskId: z.uuid().optional(),
        cursor: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100).default(50),
      }),
    )
    .query(({ ctx, input }) => readHistory(ctx.db, input)),
});
