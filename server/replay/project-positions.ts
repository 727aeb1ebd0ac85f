import { and, asc, eq, gt, notInArray } from 'drizzle-orm';
import { events } from '../db/schema';
import type { Executor } from '../db/types';
import { EVENT_TYPES } from '../event-store/schemas';
import { activity } from '../read-models/activity';

const PROJECTS = 32;
/** What the History leaves out (a task number reserved, which always comes with its TaskCreated): no step. */
const UNTOLD = EVENT_TYPES.filter((type) => !activity.handles.has(type));
const PAGE = 50_000;

/**
 * The positions of each project's steps in order, as this process has read them: its events but the bookkeeping the
 * timeline leaves out, so that the slider steps through what a person calls a change, one for each History entry.
 * Positions become visible in commit order (README, "Global order"), so a project's list only ever grows at its end:
 * each use reads just the positions after the last one held (usually none). The n-th step of a project is then an
 * index into it, not an OFFSET scan that grew with the history (the replay slider asks it at every step).
 */
const held = new WeakMap<Executor, Map<string, number[]>>();

export async function positionsOf(db: Executor, projectId: string): Promise<readonly number[]> {
  let projects = held.get(db);
  if (!projects) held.set(db, (projects = new Map<string, number[]>()));
  const positions = projects.get(projectId) ?? [];
  projects.delete(projectId);
  projects.set(projectId, positions);
  if (projects.size > PROJECTS) projects.delete(projects.keys().next().value!);
  for (;;) {
    const rows = await db
      .select({ position: events.position })
      .from(events)
      .where(
        and(
          eq(events.projectId, projectId),
          gt(events.position, positions.at(-1) ?? 0),
          notInArray(events.type, UNTOLD),
        ),
      )
      .orderBy(asc(events.position))
      .limit(PAGE);
    // Another call may have added some of them meanwhile: only what lies beyond the end is new.
    for (const row of rows) if (row.position > (positions.at(-1) ?? 0)) positions.push(row.position);
    if (rows.length < PAGE) return positions;
  }
}

/** How many of the positions are at or before `position` (binary search). */
export function countUpTo(positions: readonly number[], position: number): number {
  let [low, high] = [0, positions.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (positions[mid]! <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}
