import { and, desc, eq, lte } from 'drizzle-orm';
import superjson from 'superjson';
import { replayCheckpoints } from '../db/schema';
import type { Executor } from '../db/types';
import { readProjectHistory } from '../event-store';
import { applyProjections, MemoryRowStore, projectBoard, projectComments, type Projection } from '../projections';

/**
 * The projections a replay folds: the board and the comments. The activity feed needs no replay: its rows never
 * change once written, so the feed as of a point is its rows up to that position.
 */
const replayProjections: readonly Projection[] = [projectBoard, projectComments];

/** Bump when any projection above changes what it writes: checkpoints of another version are then ignored. */
export const REPLAY_VERSION = 1;
export const CHECKPOINT_EVERY = 250;

interface CheckpointState {
  eventCount: number;
  tables: MemoryRowStore['tables'];
}

/**
 * A project's read model as it stood right after `position`: from the nearest checkpoint at or before it, plus at
 * most CHECKPOINT_EVERY events folded in memory by the very code that maintains the live tables. Checkpoints met
 * on the way are written, so the first replay of a long history pays once for the later ones.
 */
export async function replayProject(db: Executor, projectId: string, position: number): Promise<MemoryRowStore> {
  const [checkpoint] = await db
    .select()
    .from(replayCheckpoints)
    .where(
      and(
        eq(replayCheckpoints.projectId, projectId),
        eq(replayCheckpoints.version, REPLAY_VERSION),
        lte(replayCheckpoints.position, position),
      ),
    )
    .orderBy(desc(replayCheckpoints.position))
    .limit(1);
  const start = checkpoint ? superjson.deserialize<CheckpointState>(checkpoint.state as never) : undefined;
  const rows = new MemoryRowStore(start?.tables);
  let eventCount = start?.eventCount ?? 0;
  let after = checkpoint?.position ?? 0;

  for (;;) {
    const batch = await readProjectHistory(db, projectId, { after, upTo: position, limit: CHECKPOINT_EVERY });
    for (const event of batch) {
      await applyProjections([event], rows, replayProjections);
      eventCount++;
      if (eventCount % CHECKPOINT_EVERY === 0)
        await saveCheckpoint(db, projectId, event.position, { eventCount, tables: rows.tables });
    }
    if (batch.length < CHECKPOINT_EVERY) return rows;
    after = batch.at(-1)!.position;
  }
}

async function saveCheckpoint(db: Executor, projectId: string, position: number, state: CheckpointState) {
  await db
    .insert(replayCheckpoints)
    .values({ projectId, version: REPLAY_VERSION, position, state: superjson.serialize(state) })
    .onConflictDoNothing();
}
