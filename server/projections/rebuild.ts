import { activityView, commentsView, projectsView, tasksView } from '../db/schema';
import type { Database } from '../db/types';
import { readAll } from '../event-store';
import { applyProjections } from './index';
import { SqlRowStore } from './sql-row-store';

/**
 * Throws the read tables away and folds the whole log into them again, in one transaction so readers see either the
 * old tables or the rebuilt ones. The log is the truth; these tables can always be had again from it.
 */
export async function rebuildReadModels(
  db: Database,
  {
    batchSize = 1_000,
    onProgress,
  }: { batchSize?: number; onProgress?: (position: number, applied: number) => void } = {},
) {
  return db.transaction(async (tx) => {
    for (const table of [activityView, commentsView, tasksView, projectsView]) await tx.delete(table);
    const rows = new SqlRowStore(tx);
    let after = 0;
    let applied = 0;
    for (;;) {
      const batch = await readAll(tx, { after, limit: batchSize });
      if (batch.length === 0) return { events: applied };
      await applyProjections(batch, rows);
      applied += batch.length;
      after = batch.at(-1)!.position;
      onProgress?.(after, applied);
    }
  });
}
