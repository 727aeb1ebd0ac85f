import { and, desc, eq, inArray, max, ne } from 'drizzle-orm';
import { projectionVersions } from '../db/schema';
import { handleOf } from '../db/open';
import type { Database, Executor } from '../db/types';
import { readAll } from '../event-store';
import type { AsyncProjection } from './async';

export interface BatchOutcome {
  /** Another runner holds this projection right now: nothing was done. */
  busy: boolean;
  build: number;
  applied: number;
  position: number;
  caughtUp: boolean;
  /** This batch made the build the active one. */
  switched: boolean;
}

/**
 * The build this code should work on: the newest one made by this code version that is being built or serving, or
 * a new build beside whatever serves now when there is none (new code) or when a rebuild was asked for.
 */
async function currentBuild(db: Executor, projection: AsyncProjection) {
  const [build] = await db
    .select({ version: projectionVersions.version })
    .from(projectionVersions)
    .where(
      and(
        eq(projectionVersions.name, projection.name),
        eq(projectionVersions.codeVersion, projection.version),
        inArray(projectionVersions.state, ['building', 'active']),
      ),
    )
    .orderBy(desc(projectionVersions.version))
    .limit(1);
  return build?.version ?? startBuild(db, projection);
}

/** Starts a new build of a projection from the first event; the active build keeps serving until it catches up. */
export async function startBuild(db: Executor, projection: AsyncProjection): Promise<number> {
  const [last] = await db
    .select({ version: max(projectionVersions.version) })
    .from(projectionVersions)
    .where(eq(projectionVersions.name, projection.name));
  const version = (last?.version ?? 0) + 1;
  await db
    .insert(projectionVersions)
    .values({ name: projection.name, version, codeVersion: projection.version, state: 'building' })
    .onConflictDoNothing();
  return version;
}

/**
 * One batch of an asynchronous projection, in one transaction: lock the build's checkpoint row (SKIP LOCKED, so a
 * second runner, in this process or another instance, simply finds it busy), read the next events after the
 * checkpoint, apply them, move the checkpoint. A crash anywhere rolls all of it back, so the next run starts again
 * exactly where the last committed batch ended. Positions become visible in commit order (README, "Global order"),
 * so reading past the checkpoint never skips an event that commits late.
 */
export async function runBatch(
  db: Database,
  projection: AsyncProjection,
  size?: number,
  { upTo }: { upTo?: number } = {},
): Promise<BatchOutcome> {
  const build = await currentBuild(db, projection);
  const key = and(eq(projectionVersions.name, projection.name), eq(projectionVersions.version, build));
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(projectionVersions).where(key).for('update', { skipLocked: true });
    if (!row) return { busy: true, build, applied: 0, position: 0, caughtUp: false, switched: false };
    if (row.state === 'retired')
      return { busy: false, build, applied: 0, position: row.position, caughtUp: true, switched: false };

    const batchSize = size ?? batchSizeFor(db, row.state);
    const batch = await readAll(tx, { after: row.position, upTo, limit: batchSize });
    if (batch.length > 0) await projection.apply(tx, batch, build);
    const position = batch.at(-1)?.position ?? row.position;
    const caughtUp = batch.length < batchSize;
    const switched = caughtUp && row.state === 'building';
    if (switched) {
      const replaced = await tx
        .update(projectionVersions)
        .set({ state: 'retired', updatedAt: new Date() })
        .where(
          and(
            eq(projectionVersions.name, projection.name),
            ne(projectionVersions.version, build),
            ne(projectionVersions.state, 'retired'),
          ),
        )
        .returning({ version: projectionVersions.version });
      for (const old of replaced) await projection.discard(tx, old.version);
    }
    await tx
      .update(projectionVersions)
      .set({ position, state: switched ? 'active' : row.state, updatedAt: new Date() })
      .where(key);
    return { busy: false, build, applied: batch.length, position, caughtUp, switched };
  });
}

/**
 * A build from the first event reads the whole log: on PostgreSQL it goes in batches ten times larger, which took the
 * Insights build of the bench's 100,000 events from 16.6k to 34.4k events/s (the batch's fixed costs, its reads and
 * its write statement, are paid a tenth as often). A batch locks only the build's own rows there, so requests wait on
 * none of it. PGlite runs one transaction at a time, and a request would wait for the whole batch; the one build that
 * serves follows the log in small batches everywhere.
 */
const BATCH = 500;
const BUILD_BATCH_ON_POSTGRES = 5_000;

function batchSizeFor(db: Database, state: string) {
  return state === 'building' && handleOf(db)?.kind === 'postgres' ? BUILD_BATCH_ON_POSTGRES : BATCH;
}

/**
 * Runs batches until the projection has caught up with the log, or with `upTo` when given (or another runner holds
 * it). `pauseMs` between batches lets requests through on PGlite, whose single connection runs one transaction at a
 * time.
 */
export async function catchUp(
  db: Database,
  projection: AsyncProjection,
  onBatch?: (outcome: BatchOutcome) => void,
  { pauseMs = 0, upTo }: { pauseMs?: number; upTo?: number } = {},
) {
  for (;;) {
    const outcome = await runBatch(db, projection, undefined, { upTo });
    onBatch?.(outcome);
    if (outcome.busy || outcome.caughtUp) return outcome;
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/**
 * Keeps every asynchronous projection caught up in the background of a running app: soon after `subscribe` reports
 * new events, and every `everyMs` anyway, in case such a report was lost. Reports are gathered for `gatherMs` before
 * a round starts, and those that come during a round into one more round: a burst of commands costs one catch-up,
 * not a round (and a commit) per command.
 */
export function startProjectionRunners(
  db: Database,
  projections: readonly AsyncProjection[],
  {
    everyMs = 1_000,
    gatherMs = 50,
    subscribe,
  }: { everyMs?: number; gatherMs?: number; subscribe?: (wake: () => void) => () => void } = {},
) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let gathering: NodeJS.Timeout | undefined;
  let running = false;
  let reported = false;
  const reportedMeanwhile = () => {
    const was = reported;
    reported = false;
    return was;
  };
  const tick = async () => {
    clearTimeout(timer);
    running = true;
    do {
      for (const projection of projections) {
        try {
          await catchUp(db, projection, undefined, { pauseMs: 20 });
        } catch (error) {
          console.error(`Projection ${projection.name} v${projection.version} failed; retrying shortly:`, error);
        }
      }
    } while (reportedMeanwhile() && !stopped);
    running = false;
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  const unsubscribe = subscribe?.(() => {
    if (running) reported = true;
    else if (!stopped && !gathering) {
      gathering = setTimeout(() => {
        gathering = undefined;
        if (running) reported = true;
        else if (!stopped) void tick();
      }, gatherMs);
    }
  });
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(gathering);
    unsubscribe?.();
  };
}
