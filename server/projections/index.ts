import type { Executor } from '../db/types';
import type { StoredEvent } from '../event-store/types';
import { projectActivity } from './activity';
import { projectBoard } from './board';
import { projectComments } from './comments';
import { projectMembers } from './members';
import { MemoryRowStore } from './memory-row-store';
import type { RowStore } from './row-store';
import { SqlRowStore } from './sql-row-store';

export type Projection = (event: StoredEvent, rows: RowStore) => Promise<void>;

/** The inline projections, in the order they run for each event (activity first: it reads the "before"). */
export const inlineProjections: readonly Projection[] = [
  projectActivity,
  projectBoard,
  projectComments,
  projectMembers,
];

export async function applyProjections(
  events: readonly StoredEvent[],
  rows: RowStore,
  projections: readonly Projection[] = inlineProjections,
): Promise<void> {
  for (const event of events) {
    for (const project of projections) await project(event, rows);
  }
}

/** Called by the command path inside the append's transaction: the read tables commit with the events. */
export const applyInlineProjections = (db: Executor, events: readonly StoredEvent[]) =>
  applyProjections(events, new SqlRowStore(db));

/** Folds events into a fresh in-memory read model with the very code that maintains the live tables. */
export async function replayInMemory(
  events: readonly StoredEvent[],
  projections: readonly Projection[] = inlineProjections,
): Promise<MemoryRowStore> {
  const rows = new MemoryRowStore();
  await applyProjections(events, rows, projections);
  return rows;
}

export { MemoryRowStore } from './memory-row-store';
export { projectBoard } from './board';
export { projectComments } from './comments';
export type { ReadRows, ReadTable, RowStore } from './row-store';
