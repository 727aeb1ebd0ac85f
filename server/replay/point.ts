import { and, eq, lte, max, min } from 'drizzle-orm';
import { events } from '../db/schema';
import type { Executor } from '../db/types';

/** A point in a project's history: a global position (exact), or a moment (the last event at or before it). */
export type ReplayPoint = { position: number } | { time: Date };

/** The global position a point stands for, within one project; 0 when the project had no event yet. */
export async function resolvePoint(db: Executor, projectId: string, at: ReplayPoint): Promise<number> {
  if ('position' in at) {
    const [row] = await db
      .select({ position: max(events.position) })
      .from(events)
      .where(and(eq(events.projectId, projectId), lte(events.position, at.position)));
    return row?.position ?? 0;
  }
  const [row] = await db
    .select({ position: max(events.position) })
    .from(events)
    .where(and(eq(events.projectId, projectId), lte(events.recordedAt, at.time)));
  return row?.position ?? 0;
}

/** The span of a project's history, for the replay slider. */
export async function historySpan(db: Executor, projectId: string) {
  const [row] = await db
    .select({ first: min(events.position), last: max(events.position) })
    .from(events)
    .where(eq(events.projectId, projectId));
  return { first: row?.first ?? null, last: row?.last ?? null };
}
