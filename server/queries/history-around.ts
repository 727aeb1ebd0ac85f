import { and, asc, count, desc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { activityView, events } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry, type ActivityEntry } from '../read-models/activity-details';
import { resolvePoint, type ReplayPoint } from '../replay/point';
import { countUpTo, positionsOf } from '../replay/project-positions';
import { isTaskOfProject } from './history';

export interface AroundFilter {
  projectId: string;
  taskId?: string;
  actorId?: string;
  types?: string[];
}

/** Where the list stands: a point of the project's history, or the n-th matching change (1 for the first). */
export type AroundAt = ReplayPoint | { match: number };

/** One change of the list; `activity` is null for bookkeeping events the timeline leaves out. */
export interface AroundItem {
  position: number;
  /** Which step of the project it is (a change the History lists): 1 for the first. */
  step: number;
  time: Date;
  actorId: string;
  activity: ActivityEntry | null;
}

export interface Around {
  /** Oldest first: up to `before` changes before the current one, the current one, up to `after` after it. */
  items: AroundItem[];
  /** The position of the change standing for the point: the last one at or before it; null before the first. */
  current: number | null;
  /** How many of the changes are at or before the point: the current one's number among them (0 before the first). */
  index: number;
  /** How many changes there are: with no filter, every step of the project. */
  count: number;
  filtered: boolean;
}

/**
 * The changes of a project around a point, like the action list beside Redux DevTools' slider. With no filter it
 * goes through every step (the History's entries, which the replay slider steps through); with one, through the
 * matching timeline entries only, and then `index` and `count` place the point among those. Undefined when the task
 * filtered by is not the project's.
 */
export async function readAround(
  db: Executor,
  filter: AroundFilter,
  at: AroundAt | undefined,
  { before, after }: { before: number; after: number },
): Promise<Around | undefined> {
  const { projectId, taskId, actorId, types } = filter;
  if (taskId && !(await isTaskOfProject(db, projectId, taskId))) return undefined;
  const steps = await positionsOf(db, projectId);
  const filtered = Boolean(taskId ?? actorId ?? types?.length);
  if (!filtered) return aroundEvery(db, projectId, steps, at, before, after);

  const matching = and(
    eq(activityView.projectId, projectId),
    taskId ? eq(activityView.taskId, taskId) : undefined,
    actorId ? eq(activityView.actorId, actorId) : undefined,
    types?.length ? inArray(activityView.type, types) : undefined,
  );
  const [totals] = await db.select({ n: count() }).from(activityView).where(matching);
  const total = totals?.n ?? 0;
  const upTo = await matchingPoint(db, projectId, matching, at, total);
  const [earlier, later, [atOrBefore]] = await Promise.all([
    db
      .select()
      .from(activityView)
      .where(and(matching, lte(activityView.position, upTo)))
      .orderBy(desc(activityView.position))
      .limit(before + 1),
    db
      .select()
      .from(activityView)
      .where(and(matching, gt(activityView.position, upTo)))
      .orderBy(asc(activityView.position))
      .limit(after),
    db
      .select({ n: count() })
      .from(activityView)
      .where(and(matching, lte(activityView.position, upTo))),
  ]);
  const rows = [...earlier.reverse(), ...later];
  return {
    items: rows.map((row) => ({
      position: row.position,
      step: countUpTo(steps, row.position),
      time: row.at,
      actorId: row.actorId,
      activity: asActivityEntry(row),
    })),
    current: earlier.at(-1)?.position ?? null,
    index: atOrBefore?.n ?? 0,
    count: total,
    filtered: true,
  };
}

/** The position the point stands for; the n-th match is looked up among the matches (clamped to them). */
async function matchingPoint(
  db: Executor,
  projectId: string,
  matching: SQL | undefined,
  at: AroundAt | undefined,
  total: number,
): Promise<number> {
  if (!at) return Number.MAX_SAFE_INTEGER;
  if (!('match' in at)) return resolvePoint(db, projectId, at);
  if (total === 0 || at.match < 1) return 0;
  const [row] = await db
    .select({ position: activityView.position })
    .from(activityView)
    .where(matching)
    .orderBy(asc(activityView.position))
    .offset(Math.min(at.match, total) - 1)
    .limit(1);
  return row?.position ?? 0;
}

/** Every event around the point: a slice of the project's positions, told by the timeline where it tells them. */
async function aroundEvery(
  db: Executor,
  projectId: string,
  steps: readonly number[],
  at: AroundAt | undefined,
  before: number,
  after: number,
): Promise<Around> {
  const index = !at
    ? steps.length
    : 'match' in at
      ? Math.max(0, Math.min(at.match, steps.length))
      : countUpTo(steps, await resolvePoint(db, projectId, at));
  const positions = steps.slice(Math.max(0, index - 1 - before), index + after);
  const [told, untold] = positions.length
    ? await Promise.all([
        db.select().from(activityView).where(inArray(activityView.position, positions)),
        db
          .select({
            position: events.position,
            time: events.recordedAt,
            actorId: sql<string>`${events.metadata}->>'actorId'`,
          })
          .from(events)
          .where(and(eq(events.projectId, projectId), inArray(events.position, positions))),
      ])
    : [[], []];
  const activity = new Map(told.map((row) => [row.position, asActivityEntry(row)]));
  const stored = new Map(untold.map((row) => [row.position, row]));
  return {
    items: positions.map((position) => ({
      position,
      step: countUpTo(steps, position),
      time: stored.get(position)!.time,
      actorId: stored.get(position)!.actorId,
      activity: activity.get(position) ?? null,
    })),
    current: index > 0 ? steps[index - 1]! : null,
    index,
    count: steps.length,
    filtered: false,
  };
}
