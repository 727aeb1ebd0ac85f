import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { activityView, events } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry } from '../read-models/activity-details';
import { deserializeRows, type StoredEvent } from '../event-store';
import { COMMANDS } from '@/domain';
import { sourcesOf } from '../commands/source-code';
import { appendWrites } from './append-writes';
import { diffSnapshots } from './diff';
import { keptCommand } from './kept-command';
import { resolvePoint, stepOf, timeOfPoint, type ReplayPoint } from './point';
import { positionsOf } from './project-positions';
import { rowsChanged } from './rows-changed';
import { snapshotAt } from './snapshot';

const nullableNumber = (value: unknown) => (value === null ? null : Number(value));

/**
 * Everything about one event: the event as stored, how the timeline tells it, what it changed in the board (a diff
 * of the project just before and just after it), and the whole path of its command: the command as decided, the
 * procedure it came through, the code that handled and decided it, every event it recorded, and the rows each read
 * model changed for them.
 */
export async function inspectEvent(db: Executor, projectId: string, position: number) {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.position, position), eq(events.projectId, projectId)));
  if (!row) return undefined;
  const [event] = (await deserializeRows(db, [row])) as [StoredEvent];
  const commandEvents = await db
    .select()
    .from(events)
    .where(
      and(eq(events.projectId, event.projectId), sql`${events.metadata}->>'commandId' = ${event.metadata.commandId}`),
    )
    .orderBy(asc(events.position));
  const [activity] = await db.select().from(activityView).where(eq(activityView.position, position));
  const [neighbours] = await db
    .select({
      previous: sql<number | null>`max(${events.position}) filter (where ${events.position} < ${position})`.mapWith(
        nullableNumber,
      ),
      next: sql<number | null>`min(${events.position}) filter (where ${events.position} > ${position})`.mapWith(
        nullableNumber,
      ),
    })
    .from(events)
    .where(eq(events.projectId, event.projectId));
  const previous = neighbours?.previous ?? null;
  const before = await snapshotAt(db, event.projectId, previous ?? 0);
  const after = await snapshotAt(db, event.projectId, position);
  const recorded = await deserializeRows(db, commandEvents);
  const command = await keptCommand(db, event.metadata);
  const beforeCommand = await previousPosition(db, event.projectId, recorded[0]?.position ?? position);
  const { rows, names } = await rowsChanged(db, event.projectId, recorded, beforeCommand);
  return {
    event,
    step: await stepOf(db, event.projectId, position),
    /** The project's events just before and after this one (positions are global, so not simply ±1). */
    previous,
    next: neighbours?.next ?? null,
    activity: activity ? asActivityEntry(activity) : null,
    commandEvents: recorded,
    changes: diffSnapshots(before, after),
    command: command && {
      ...command,
      commandId: event.metadata.commandId,
      /** The fields its sender gave; the others its handler added (a rank, a new id, the sender). */
      sentFields:
        command.type && Object.hasOwn(COMMANDS, command.type)
          ? Object.keys(COMMANDS[command.type as keyof typeof COMMANDS].shape)
          : [],
      sources: command.type ? await sourcesOf(command.type) : null,
    },
    appendWrites: recorded.length > 0 ? appendWrites(recorded) : null,
    rowsChanged: rows,
    /** What the ids in the command and the rows stand for, before and after it. */
    names: namedIn(names, [command?.payload, rows]),
  };
}

/** Only the names of ids the page shows: a project's every task and status would be most of the answer. */
function namedIn(names: Record<string, string>, shown: unknown): Record<string, string> {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') ids.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(shown);
  return Object.fromEntries(Object.entries(names).filter(([id]) => ids.has(id)));
}

async function previousPosition(db: Executor, projectId: string, position: number): Promise<number> {
  const [row] = await db
    .select({ previous: sql<number | null>`max(${events.position})`.mapWith(nullableNumber) })
    .from(events)
    .where(and(eq(events.projectId, projectId), sql`${events.position} < ${position}`));
  return row?.previous ?? 0;
}

/** What changed in a project between two points of its history. */
export async function diffBetween(db: Executor, projectId: string, from: ReplayPoint, to: ReplayPoint) {
  const [fromPosition, toPosition] = [await resolvePoint(db, projectId, from), await resolvePoint(db, projectId, to)];
  const [before, after] = [await snapshotAt(db, projectId, fromPosition), await snapshotAt(db, projectId, toPosition)];
  return {
    from: fromPosition,
    to: toPosition,
    fromTime: await timeOfPoint(db, projectId, { position: fromPosition }),
    toTime: await timeOfPoint(db, projectId, { position: toPosition }),
    diff: diffSnapshots(before, after),
  };
}

/**
 * The extent of a project's history, for the replay slider: its steps (the changes the History lists, one each) and
 * its first and last. The steps come from the positions this process holds, so the cost does not grow with the
 * history.
 */
export async function historySpan(db: Executor, projectId: string) {
  const steps = await positionsOf(db, projectId);
  const [first, last] = [steps[0], steps.at(-1)];
  if (first === undefined || last === undefined) return { count: 0, first: null, last: null };
  const rows = await db
    .select({ position: events.position, time: events.recordedAt })
    .from(events)
    .where(inArray(events.position, [first, last]));
  const timeOf = (position: number) => rows.find((row) => row.position === position)?.time ?? new Date(0);
  return {
    count: steps.length,
    first: { position: first, time: timeOf(first) },
    last: { position: last, time: timeOf(last) },
  };
}
