import { and, desc, eq, lt } from 'drizzle-orm';
import { activityView } from '../db/schema';
import type { Executor } from '../db/types';

/** A project's activity, newest first, a page at a time; `cursor` is the position to continue below. */
export async function readHistory(
  db: Executor,
  { projectId, taskId, cursor, limit }: { projectId: string; taskId?: string; cursor?: number; limit: number },
) {
  const rows = await db
    .select()
    .from(activityView)
    .where(
      and(
        eq(activityView.projectId, projectId),
        taskId ? eq(activityView.taskId, taskId) : undefined,
        cursor ? lt(activityView.position, cursor) : undefined,
      ),
    )
    .orderBy(desc(activityView.position))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items.at(-1)?.position : undefined };
}
