import type { Executor } from '../db/types';
import { readHistoryBetween } from '../queries/history-between';
import { resolvePoint, type ReplayPoint } from './point';

/**
 * The changes that lead from one point of a project to the other, oldest first: those after the earlier point, up to
 * and including the later one, whichever way round the points are given.
 */
export async function changesBetween(
  db: Executor,
  projectId: string,
  from: ReplayPoint,
  to: ReplayPoint,
  page: { cursor?: number; limit: number },
) {
  const [a, b] = [await resolvePoint(db, projectId, from), await resolvePoint(db, projectId, to)];
  return readHistoryBetween(db, { projectId, after: Math.min(a, b), upTo: Math.max(a, b), ...page });
}
