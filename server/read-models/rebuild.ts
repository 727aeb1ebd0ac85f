import { eq } from 'drizzle-orm';
import { eventPosition } from '../db/schema';
import type { Database, Executor } from '../db/types';
import { readAll } from '../event-store';
import { memoryStoreFor } from './index';
import type { MemoryStore } from './memory-store';
import type { ReadModel } from './define';
import { inlineReadModels } from './registry';
import { applyEvents } from './store';

const INSERT_CHUNK = 500;

type Progress = (position: number, applied: number) => void;

/**
 * Builds every inline read table again from the whole log, beside the live ones: the events are folded in memory by
 * the same read-model code the command path runs, while the app goes on serving. Then, holding the position counter
 * (so no command can append until the switch is done), the events that arrived meanwhile are folded too and the
 * tables are replaced in one transaction: readers see the old rows until it commits, and no command's inline update
 * can fall between the old rows and the new ones.
 */
export async function rebuildReadModels(
  db: Database,
  { batchSize = 1_000, onProgress }: { batchSize?: number; onProgress?: Progress } = {},
) {
  const { folded, rows } = memoryStoreFor(inlineReadModels);
  const built = await foldFrom(db, folded, rows, { after: 0, applied: 0 }, batchSize, onProgress);
  return db.transaction(async (tx) => {
    await tx.select().from(eventPosition).where(eq(eventPosition.id, 1)).for('update');
    const { applied } = await foldFrom(tx, folded, rows, built, batchSize, onProgress);
    const tables = folded.flatMap((model) => Object.entries(model.tables));
    for (const [, owned] of [...tables].reverse()) await tx.delete(owned.table);
    for (const [name, owned] of tables) {
      const all = rows.rows(name);
      for (let i = 0; i < all.length; i += INSERT_CHUNK)
        await tx.insert(owned.table).values(all.slice(i, i + INSERT_CHUNK));
    }
    return { events: applied };
  });
}

async function foldFrom(
  db: Executor,
  models: readonly ReadModel[],
  rows: MemoryStore,
  from: { after: number; applied: number },
  batchSize: number,
  onProgress?: Progress,
) {
  let { after, applied } = from;
  for (;;) {
    const batch = await readAll(db, { after, limit: batchSize });
    if (batch.length === 0) return { after, applied };
    await applyEvents(models, batch, rows);
    applied += batch.length;
    after = batch.at(-1)!.position;
    onProgress?.(after, applied);
  }
}
