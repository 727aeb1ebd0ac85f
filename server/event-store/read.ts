import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { events } from '../db/schema';
import { deserializeRows } from './serialization';
import type { StoredEvent } from './types';

/** A stream's events in order, all of them or those after a version already folded. */
export async function readStream(db: Executor, streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.streamId, streamId), gt(events.streamVersion, afterVersion)))
    .orderBy(asc(events.streamVersion));
  return deserializeRows(db, rows);
}

export const MAX_PAGE = 1_000;

/** One project's history in global order, a page at a time: the input of every replay and rebuild of a project. */
export async function readProjectHistory(
  db: Executor,
  projectId: string,
  { after = 0, upTo, limit = MAX_PAGE }: { after?: number; upTo?: number; limit?: number } = {},
): Promise<StoredEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.projectId, projectId),
        gt(events.position, after),
        upTo === undefined ? undefined : lte(events.position, upTo),
      ),
    )
    .orderBy(asc(events.position))
    .limit(Math.min(limit, MAX_PAGE));
  return deserializeRows(db, rows);
}

/** The events of a few streams up to a position, in global order: one task's history with its project's. */
export async function readStreamsUpTo(db: Executor, streamIds: string[], upTo: number): Promise<StoredEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(inArray(events.streamId, streamIds), lte(events.position, upTo)))
    .orderBy(asc(events.position));
  return deserializeRows(db, rows);
}

/** The whole log in global order, a page at a time (up to a position, when given). */
export async function readAll(
  db: Executor,
  { after = 0, upTo, limit = MAX_PAGE }: { after?: number; upTo?: number; limit?: number } = {},
) {
  const rows = await db
    .select()
    .from(events)
    .where(and(gt(events.position, after), upTo === undefined ? undefined : lte(events.position, upTo)))
    .orderBy(asc(events.position))
    .limit(limit);
  return deserializeRows(db, rows);
}
