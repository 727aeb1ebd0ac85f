import type { Executor } from '../db/types';
import type { RowWrite } from '../event-store/append';
import type { StoredEvent } from '../event-store/types';
import type { ReadModel } from './define';
import { MemoryStore } from './memory-store';
import { foldedWith, inlineReadModels } from './registry';
import { PendingRows } from './pending-rows';
import { SqlStore } from './sql-store';
import { applyEvents, declaredReads, tablesOf } from './store';

const inlineTables = tablesOf(inlineReadModels);

/**
 * Called by the command path inside the append's transaction, with the append's pending events: the row changes
 * that the append's statement makes, so that the read tables commit with the events.
 */
export async function inlineRowWrites(db: Executor, events: readonly StoredEvent[]): Promise<RowWrite[]> {
  const rows = new PendingRows(new SqlStore(db, inlineTables), inlineTables);
  // The rows the read models declare, read in one statement before any is changed: what each first read would see.
  await rows.prefetch(declaredReads(inlineReadModels, events));
  await applyEvents(inlineReadModels, events, rows);
  return rows.writes;
}

/** A fresh in-memory store for the given read models and those they read the "before" of. */
export function memoryStoreFor(models: readonly ReadModel[] = inlineReadModels) {
  const folded = foldedWith(models);
  return { folded, rows: new MemoryStore(tablesOf(folded)) };
}

/** Folds events into fresh in-memory read models with the very code that maintains the live tables. */
export async function replayInMemory(
  events: readonly StoredEvent[],
  models: readonly ReadModel[] = inlineReadModels,
): Promise<MemoryStore> {
  const { folded, rows } = memoryStoreFor(models);
  await applyEvents(folded, events, rows);
  return rows;
}

export { MemoryStore } from './memory-store';
export {
  asyncReadModels,
  inlineReadModels,
  readModels,
  readTables,
  type InlineRows,
  type ReadRows,
  type VersionedReadModel,
} from './registry';
export type { ReadModel, RowChange, RowOf } from './define';
