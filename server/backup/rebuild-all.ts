import type { Database } from '../db/types';
import { asyncProjections, catchUp, startBuild } from '../read-models/async';
import { rebuildReadModels } from '../read-models/rebuild';

export type RebuildProgress = (projection: string, position: number) => void;

/**
 * Builds every read model from the log: the inline tables at once, each asynchronous projection as a new build that
 * becomes the active one when it has caught up. Returns the projections built, in order.
 */
export async function rebuildEveryReadModel(db: Database, onProgress?: RebuildProgress): Promise<string[]> {
  await rebuildReadModels(db, { onProgress: (position) => onProgress?.('inline', position) });
  for (const projection of asyncProjections) {
    await startBuild(db, projection);
    const outcome = await catchUp(db, projection, (batch) => onProgress?.(projection.name, batch.position));
    if (outcome.busy) throw new Error(`${projection.name}: another process is building it; let it finish`);
  }
  return ['inline', ...asyncProjections.map((p) => p.name)];
}
