import { readInsights } from '../../queries/insights';
import { projectionStatus } from '../../read-models/status';
import { resolvePoint } from '../../replay/point';
import { insightsAt } from '../../replay/views-at';
import { createRouter, projectProcedure, signedInProcedure } from '../trpc';
import { replayPoint } from './replay-point';

export const insightsRouter = createRouter({
  /** Flow metrics of a project; with `at`, exactly as they stood at that point of its history. */
  get: projectProcedure('read', 'projectId', { at: replayPoint }).query(async ({ ctx, input }) =>
    input.at
      ? insightsAt(ctx.db, ctx.project.id, await resolvePoint(ctx.db, ctx.project.id, input.at))
      : readInsights(ctx.db, ctx.project.id),
  ),
  /** Every read model with its version, and the async ones' builds, checkpoints and lag behind the log. */
  projections: signedInProcedure.query(({ ctx }) => projectionStatus(ctx.db)),
});
