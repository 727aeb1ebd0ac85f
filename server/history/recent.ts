import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import { NOT_UNDONE, type DomainEventType } from '@/domain';
import { activityView, events } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry } from '../read-models/activity-details';

const LOOK_BACK = 50;

/** The timeline's entries of one command of the project, oldest first: what a toast says it did. */
export async function entriesOfCommand(db: Executor, projectId: string, commandId: string) {
  const rows = await db
    .select({ entry: activityView })
    .from(activityView)
    .innerJoin(events, eq(events.position, activityView.position))
    .where(and(eq(activityView.projectId, projectId), sql`${events.metadata}->>'commandId' = ${commandId}`))
    .orderBy(asc(activityView.position));
  return rows.map((r) => asActivityEntry(r.entry));
}

/**
 * What Ctrl+Z undoes: the person's latest change in the project that is not itself an undo, has not been undone,
 * and is of a kind an undo takes back; with its first timeline entry. Pressed again after that undo, the one before.
 */
export async function lastUndoable(db: Executor, projectId: string, actorId: string) {
  const commandId = sql<string>`${events.metadata}->>'commandId'`;
  const recent = await db
    .select({ commandId, last: max(events.position), types: sql<string[]>`array_agg(${events.type})` })
    .from(events)
    .where(and(eq(events.projectId, projectId), sql`${events.metadata}->>'actorId' = ${actorId}`))
    .groupBy(commandId)
    .orderBy(desc(max(events.position)))
    .limit(LOOK_BACK);
  if (recent.length === 0) return null;
  const undos = await db
    .select({ undone: sql<string>`${events.data}->>'commandId'`, by: commandId })
    .from(events)
    .where(and(eq(events.projectId, projectId), eq(events.type, 'ChangeUndone')));
  const taken = undoneCommands(undos);
  const target = recent.find(
    (r) =>
      !taken.has(r.commandId) &&
      !r.types.some((type) => type === 'ChangeUndone' || NOT_UNDONE.includes(type as DomainEventType)),
  );
  if (!target) return null;
  const [entry] = await entriesOfCommand(db, projectId, target.commandId);
  return { commandId: target.commandId, entry: entry ?? null };
}

/** The commands undone now: each undo that is not itself undone (a redo undoes an undo) takes its command back. */
function undoneCommands(undos: readonly { undone: string; by: string }[]): Set<string> {
  const undoersOf = new Map<string, string[]>();
  for (const { undone, by } of undos) undoersOf.set(undone, [...(undoersOf.get(undone) ?? []), by]);
  const isUndone = (commandId: string, seen: Set<string>): boolean =>
    (undoersOf.get(commandId) ?? []).some((by) => !seen.has(by) && !isUndone(by, new Set([...seen, by])));
  return new Set([...undoersOf.keys()].filter((commandId) => isUndone(commandId, new Set([commandId]))));
}
