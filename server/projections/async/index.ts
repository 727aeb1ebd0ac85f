import { insightsProjection } from './insights';
import type { AsyncProjection } from './types';

/** Every asynchronous projection the app keeps up to date. */
export const asyncProjections: readonly AsyncProjection[] = [insightsProjection];

export { catchUp, runBatch, startBuild, startProjectionRunners, type BatchOutcome } from './runner';
export type { AsyncProjection } from './types';
