import type { PgTable } from 'drizzle-orm/pg-core';
import { activityView, commentsView, projectsView, tasksView } from '../db/schema';
import type { Database } from '../db/types';
import { readAll } from '../event-store';
import { applyProjections } from './index';
import { MemoryRowStore } from './memory-row-store';
import type { ReadTable } from './row-store';

const tables: [ReadTable, PgTable][] = [
  ['projects', projectsView],
  ['tasks', tasksView],
  ['comments', commentsView],
  ['activity', activityView],
];
const INSERT_CHUNK = 500;

/**
 * Throws the read tables away and builds them again from the whole log: the events are folded in memory by the same
 * projection code the command path runs, then the rows are written in large inserts. One transaction, so readers see
 * the old tables until the new ones are complete (commands wait for it to finish).
 */
export async function rebuildReadModels(
  db: Database,
  {
    batchSize = 1_000,
    onProgress,
  }: { batchSize?: number; onProgress?: (position: number, applied: number) => void } = {},
) {
  const rows = new MemoryRowStore();
  return db.transaction(async (tx) => {
    let after = 0;
    let applied = 0;
    for (;;) {
      const batch = await readAll(tx, { after, limit: batchSize });
      if (batch.length === 0) break;
      await applyProjections(batch, rows);
      applied += batch.length;
      after = batch.at(-1)!.position;
      onProgress?.(after, applied);
    }
    for (const [, table] of [...tables].reverse()) await tx.delete(table);
    for (const [name, table] of tables) {
      const all = rows.rows(name);
      for (let i = 0; i < all.length; i += INSERT_CHUNK) await tx.insert(table).values(all.slice(i, i + INSERT_CHUNK));
    }
    return { events: applied };
  });
}
