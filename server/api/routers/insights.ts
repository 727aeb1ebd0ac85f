import { projectionStatus } from '../../projections/status';
import { readInsights } from '../../queries/insights';
import { timeOfPoint } from '../../replay/point';
import { createRouter, projectProcedure, signedInProcedure } from '../trpc';
import { replayPoint } from './replay-point';

export const insightsRouter = createRouter({
  /** Flow metrics of a project; with `at`, as they stood at that point of its history. */
  get: projectProcedure('read', 'projectId', { at: replayPoint }).query(async ({ ctx, input }) =>
    readInsights(ctx.db, ctx.project.id, input.at ? await timeOfPoint(ctx.db, ctx.project.id, input.at) : undefined),
  ),
  /** Every projection with its version, checkpoint and lag behind the log. */
  projections: signedInProcedure.query(({ ctx }) => projectionStatus(ctx.db)),
});
