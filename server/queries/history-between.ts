import { and, asc, count, eq, gt, lte } from 'drizzle-orm';
import { activityView } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry } from '../read-models/activity-details';

export interface BetweenFilter {
  projectId: string;
  /** The earlier end: what had happened by this position is not listed. */
  after: number;
  /** The later end, listed. */
  upTo: number;
  /** The position to continue after, from the previous page. */
  cursor?: number;
  limit: number;
}

/**
 * The changes that lead from one point of a project to another (`git log A..B`), in the order they happened, a page
 * at a time, with how many there are in all. Like the timeline, bookkeeping events the timeline leaves out are left
 * out here.
 */
export async function readHistoryBetween(db: Executor, { projectId, after, upTo, cursor, limit }: BetweenFilter) {
  const inRange = and(
    eq(activityView.projectId, projectId),
    gt(activityView.position, after),
    lte(activityView.position, upTo),
  );
  const rows = await db
    .select()
    .from(activityView)
    .where(and(inRange, cursor === undefined ? undefined : gt(activityView.position, cursor)))
    .orderBy(asc(activityView.position))
    .limit(limit + 1);
  const [total] = await db.select({ n: count() }).from(activityView).where(inRange);
  const items = rows.slice(0, limit).map(asActivityEntry);
  return { items, total: total?.n ?? 0, nextCursor: rows.length > limit ? items.at(-1)?.position : undefined };
}
