import { and, eq, ne } from 'drizzle-orm';
import { projectionVersions } from '../../db/schema';
import type { Database } from '../../db/types';
import { readAll } from '../../event-store';
import type { AsyncProjection } from './types';

export interface BatchOutcome {
  /** Another runner holds this projection right now: nothing was done. */
  busy: boolean;
  applied: number;
  position: number;
  caughtUp: boolean;
  /** This batch made the version the active one. */
  switched: boolean;
}

/**
 * One batch of an asynchronous projection, in one transaction: lock the version's checkpoint row (SKIP LOCKED, so
 * a second runner, in this process or another instance, simply finds it busy), read the next events after the
 * checkpoint, apply them, move the checkpoint. A crash anywhere rolls all of it back, so the next run starts again
 * exactly where the last committed batch ended. Positions become visible in commit order (README, "Global order"),
 * so reading past the checkpoint never skips an event that commits late.
 */
export async function runBatch(db: Database, projection: AsyncProjection, batchSize = 500): Promise<BatchOutcome> {
  const { name, version } = projection;
  const key = and(eq(projectionVersions.name, name), eq(projectionVersions.version, version));
  return db.transaction(async (tx) => {
    await tx.insert(projectionVersions).values({ name, version, state: 'building' }).onConflictDoNothing();
    const [row] = await tx.select().from(projectionVersions).where(key).for('update', { skipLocked: true });
    if (!row) return { busy: true, applied: 0, position: 0, caughtUp: false, switched: false };
    if (row.state === 'retired')
      return { busy: false, applied: 0, position: row.position, caughtUp: true, switched: false };

    const batch = await readAll(tx, { after: row.position, limit: batchSize });
    if (batch.length > 0) await projection.apply(tx, batch);
    const position = batch.at(-1)?.position ?? row.position;
    const caughtUp = batch.length < batchSize;
    const switched = caughtUp && row.state === 'building';
    if (switched) {
      const replaced = await tx
        .update(projectionVersions)
        .set({ state: 'retired', updatedAt: new Date() })
        .where(and(eq(projectionVersions.name, name), ne(projectionVersions.version, version)))
        .returning({ version: projectionVersions.version });
      for (const old of replaced) await projection.discard(tx, old.version);
    }
    await tx
      .update(projectionVersions)
      .set({ position, state: switched ? 'active' : row.state, updatedAt: new Date() })
      .where(key);
    return { busy: false, applied: batch.length, position, caughtUp, switched };
  });
}

/** Runs batches until the projection has caught up with the log (or another runner holds it). */
export async function catchUp(db: Database, projection: AsyncProjection, onBatch?: (outcome: BatchOutcome) => void) {
  for (;;) {
    const outcome = await runBatch(db, projection);
    onBatch?.(outcome);
    if (outcome.busy || outcome.caughtUp) return outcome;
  }
}

/** Keeps every asynchronous projection caught up in the background of a running app. */
export function startProjectionRunners(db: Database, projections: readonly AsyncProjection[], everyMs = 1_000) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    for (const projection of projections) {
      try {
        await catchUp(db, projection);
      } catch (error) {
        console.error(`Projection ${projection.name} v${projection.version} failed; retrying shortly:`, error);
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
