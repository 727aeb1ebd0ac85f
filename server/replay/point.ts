import { and, eq, lte, max } from 'drizzle-orm';
import { countUpTo, positionsOf } from './project-positions';
import { events } from '../db/schema';
import { notFound } from '@/domain';
import type { Executor } from '../db/types';

/**
 * A point in a project's history: one of its events by global position (exact; 0 for before its first event), a
 * moment (the last event at or before it), or the n-th step of the project (a change the History lists, what the
 * replay slider steps through).
 */
export type ReplayPoint = { position: number } | { time: Date } | { step: number };

/**
 * The global position a point stands for within one project; 0 when the project had no event yet. A position that
 * is not an event of this project is refused: a point never reaches into another project's history.
 */
export async function resolvePoint(db: Executor, projectId: string, at: ReplayPoint): Promise<number> {
  if ('position' in at) {
    if (at.position === 0) return 0;
    const [row] = await db
      .select({ position: events.position })
      .from(events)
      .where(and(eq(events.position, at.position), eq(events.projectId, projectId)));
    if (!row) throw notFound(`No event of this project at position ${at.position}`);
    return row.position;
  }
  if ('step' in at) {
    if (at.step < 1) return 0;
    const positions = await positionsOf(db, projectId);
    return positions[Math.min(at.step, positions.length) - 1] ?? 0;
  }
  return lastPositionBy(db, projectId, at.time);
}

/** The project's last event, or its last at or before a moment; 0 when there is none. */
async function lastPositionBy(db: Executor, projectId: string, time?: Date): Promise<number> {
  const [row] = await db
    .select({ position: max(events.position) })
    .from(events)
    .where(and(eq(events.projectId, projectId), time ? lte(events.recordedAt, time) : undefined));
  return row?.position ?? 0;
}

/** Which step of its project a position is (1 for the first), for placing the slider. */
export async function stepOf(db: Executor, projectId: string, position: number): Promise<number> {
  return countUpTo(await positionsOf(db, projectId), position);
}

/** The moment a point stands for: the time of its event (the epoch before a project's first event). */
export async function timeOfPoint(db: Executor, projectId: string, at: ReplayPoint): Promise<Date> {
  const position = await resolvePoint(db, projectId, at);
  const [row] = await db.select({ time: events.recordedAt }).from(events).where(eq(events.position, position));
  return row?.time ?? new Date(0);
}
