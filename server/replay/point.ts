import { and, asc, count, eq, lte, max } from 'drizzle-orm';
import { events } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * A point in a project's history: a global position (exact), a moment (the last event at or before it), or the
 * n-th event of the project (what the replay slider steps through).
 */
export type ReplayPoint = { position: number } | { time: Date } | { step: number };

/** The global position a point stands for within one project; 0 when the project had no event yet. */
export async function resolvePoint(db: Executor, projectId: string, at: ReplayPoint): Promise<number> {
  if ('step' in at) {
    if (at.step < 1) return 0;
    const [row] = await db
      .select({ position: events.position })
      .from(events)
      .where(eq(events.projectId, projectId))
      .orderBy(asc(events.position))
      .offset(at.step - 1)
      .limit(1);
    return row?.position ?? (await resolvePoint(db, projectId, { position: Number.MAX_SAFE_INTEGER }));
  }
  const bound = 'position' in at ? lte(events.position, at.position) : lte(events.recordedAt, at.time);
  const [row] = await db
    .select({ position: max(events.position) })
    .from(events)
    .where(and(eq(events.projectId, projectId), bound));
  return row?.position ?? 0;
}

/** Which event of its project a position is (1 for the first), for placing the slider. */
export async function stepOf(db: Executor, projectId: string, position: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(events)
    .where(and(eq(events.projectId, projectId), lte(events.position, position)));
  return row?.n ?? 0;
}

/** The moment a point stands for: the time of its event (the epoch before a project's first event). */
export async function timeOfPoint(db: Executor, projectId: string, at: ReplayPoint): Promise<Date> {
  const position = await resolvePoint(db, projectId, at);
  const [row] = await db.select({ time: events.recordedAt }).from(events).where(eq(events.position, position));
  return row?.time ?? new Date(0);
}
