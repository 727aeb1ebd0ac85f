import { and, desc, eq, lte } from 'drizzle-orm';
import superjson from 'superjson';
import { replayCheckpoints } from '../db/schema';
import type { Executor } from '../db/types';
import { readProjectHistory } from '../event-store';
import { applyProjections, MemoryRowStore, projectBoard, type Projection } from '../projections';
import { recentReplays, type ReplayState } from './recent-replays';

/**
 * What a project replay folds: the board projection, the very code that maintains the live board. The activity feed
 * needs no replay (its rows never change once written: as of a point it is its rows up to that position) and a task's
 * comments are replayed from that task's own stream (see task-at.ts), which keeps checkpoints small.
 */
const replayProjections: readonly Projection[] = [projectBoard];

/** Bump when a projection above changes what it writes: checkpoints of another version are then ignored. */
export const REPLAY_VERSION = 2;
export const CHECKPOINT_EVERY = 500;
const PAGE = 1_000;

/**
 * A project's board as it stood right after `position`: from the nearest saved state at or before it (a checkpoint
 * in the database, or a recent replay of this process) plus at most CHECKPOINT_EVERY events folded in memory.
 * Checkpoints met on the way are saved, so the first replay of a long history pays once for the later ones.
 */
export async function replayProject(
  db: Executor,
  projectId: string,
  position: number,
  { checkpoints = true } = {},
): Promise<MemoryRowStore> {
  const start = checkpoints ? await nearestState(db, projectId, position) : undefined;
  const rows = start?.rows.clone() ?? new MemoryRowStore();
  let eventCount = start?.eventCount ?? 0;
  let after = start?.position ?? 0;

  for (;;) {
    const batch = await readProjectHistory(db, projectId, { after, upTo: position, limit: PAGE });
    for (const event of batch) {
      await applyProjections([event], rows, replayProjections);
      eventCount++;
      if (checkpoints && eventCount % CHECKPOINT_EVERY === 0)
        await saveCheckpoint(db, projectId, event.position, eventCount, rows);
    }
    after = batch.at(-1)?.position ?? after;
    if (batch.length < PAGE) break;
  }
  if (checkpoints) recentReplays.remember(projectId, { position: after, eventCount, rows: rows.clone() });
  return rows;
}

async function nearestState(db: Executor, projectId: string, position: number): Promise<ReplayState | undefined> {
  const recent = recentReplays.nearest(projectId, position);
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
  if (!checkpoint || (recent && recent.position >= checkpoint.position)) return recent;
  const saved = superjson.deserialize<{ eventCount: number; tables: MemoryRowStore['tables'] }>(
    checkpoint.state as never,
  );
  return { position: checkpoint.position, eventCount: saved.eventCount, rows: new MemoryRowStore(saved.tables) };
}

async function saveCheckpoint(
  db: Executor,
  projectId: string,
  position: number,
  eventCount: number,
  rows: MemoryRowStore,
) {
  const state = superjson.serialize({ eventCount, tables: rows.tables });
  await db
    .insert(replayCheckpoints)
    .values({ projectId, version: REPLAY_VERSION, position, state })
    .onConflictDoNothing();
}
