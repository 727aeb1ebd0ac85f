import { and, desc, eq, inArray, lt, lte } from 'drizzle-orm';
import { activityView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry } from '../read-models/activity-details';

export interface HistoryFilter {
  projectId: string;
  taskId?: string;
  actorId?: string;
  types?: string[];
  /** Only what had happened by this position (for a view "as of" a point). */
  upTo?: number;
  /** The position to continue below, from the previous page. */
  cursor?: number;
  limit: number;
}

/**
 * A project's timeline, newest first, a page at a time. Activity rows never change once written, so the timeline
 * as of a point is simply its rows up to that position. Undefined when the task it is filtered by is not one of the
 * project's: a filter never reaches into another project.
 */
export async function readHistory(
  db: Executor,
  { projectId, taskId, actorId, types, upTo, cursor, limit }: HistoryFilter,
) {
  if (taskId && !(await isTaskOfProject(db, projectId, taskId))) return undefined;
  const rows = await db
    .select()
    .from(activityView)
    .where(
      and(
        eq(activityView.projectId, projectId),
        taskId ? eq(activityView.taskId, taskId) : undefined,
        actorId ? eq(activityView.actorId, actorId) : undefined,
        types?.length ? inArray(activityView.type, types) : undefined,
        upTo === undefined ? undefined : lte(activityView.position, upTo),
        cursor ? lt(activityView.position, cursor) : undefined,
      ),
    )
    .orderBy(desc(activityView.position))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(asActivityEntry);
  return { items, nextCursor: rows.length > limit ? items.at(-1)?.position : undefined };
}

/** Whether a task a filter names is one of the project's: a filter never reaches into another project. */
export async function isTaskOfProject(db: Executor, projectId: string, taskId: string) {
  const [task] = await db
    .select({ id: tasksView.id })
    .from(tasksView)
    .where(and(eq(tasksView.id, taskId), eq(tasksView.projectId, projectId)));
  return task !== undefined;
}
