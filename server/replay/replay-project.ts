import { and, desc, eq, lte } from 'drizzle-orm';
import superjson from 'superjson';
import { replayCheckpoints } from '../db/schema';
import type { Executor } from '../db/types';
import { readProjectHistory } from '../event-store';
import { memoryStoreFor, type MemoryStore, type ReadModel } from '../read-models';
import type { MemoryTables } from '../read-models/memory-store';
import { applyEvents } from '../read-models/store';
import { recentReplays, type ReplayState } from './recent-replays';

export const CHECKPOINT_EVERY = 500;
const PAGE = 1_000;

/**
 * Time travel, the one mechanism: the given read models of one project (with those whose "before" they read) as
 * they stood right after `position`, folded in memory by the very code that maintains them live. It starts from the
 * nearest saved state at or before it (a checkpoint in the database, or a recent replay of this process) and folds
 * at most CHECKPOINT_EVERY events; checkpoints met on the way are saved, so the first replay of a long history pays
 * once for the later ones. Saved states are keyed by the read models and the fingerprints of their code, so a
 * changed read model never reuses a state its old code made.
 */
export async function replayProject(
  db: Executor,
  projectId: string,
  position: number,
  models: readonly ReadModel[],
  { checkpoints = true } = {},
): Promise<MemoryStore> {
  const { folded, rows: empty } = memoryStoreFor(models);
  const version = folded.map((m) => `${m.name}@${m.version}`).join(',');
  const start = checkpoints ? await nearestState(db, projectId, version, position, empty) : undefined;
  const rows = start?.rows.clone() ?? empty;
  let eventCount = start?.eventCount ?? 0;
  let after = start?.position ?? 0;

  for (;;) {
    const batch = await readProjectHistory(db, projectId, { after, upTo: position, limit: PAGE });
    for (const event of batch) {
      await applyEvents(folded, [event], rows);
      eventCount++;
      if (checkpoints && eventCount % CHECKPOINT_EVERY === 0)
        await saveCheckpoint(db, projectId, version, event.position, eventCount, rows);
    }
    after = batch.at(-1)?.position ?? after;
    if (batch.length < PAGE) break;
  }
  if (checkpoints) recentReplays.remember(projectId, version, { position: after, eventCount, rows: rows.clone() });
  return rows;
}

async function nearestState(
  db: Executor,
  projectId: string,
  version: string,
  position: number,
  empty: MemoryStore,
): Promise<ReplayState | undefined> {
  const recent = recentReplays.nearest(projectId, version, position);
  const [checkpoint] = await db
    .select()
    .from(replayCheckpoints)
    .where(
      and(
        eq(replayCheckpoints.projectId, projectId),
        eq(replayCheckpoints.version, version),
        lte(replayCheckpoints.position, position),
      ),
    )
    .orderBy(desc(replayCheckpoints.position))
    .limit(1);
  if (!checkpoint || (recent && recent.position >= checkpoint.position)) return recent;
  const saved = superjson.deserialize<{ eventCount: number; tables: MemoryTables }>(checkpoint.state as never);
  return { position: checkpoint.position, eventCount: saved.eventCount, rows: empty.withTables(saved.tables) };
}

async function saveCheckpoint(
  db: Executor,
  projectId: string,
  version: string,
  position: number,
  eventCount: number,
  rows: MemoryStore,
) {
  const state = superjson.serialize({ eventCount, tables: rows.tables });
  await db.insert(replayCheckpoints).values({ projectId, version, position, state }).onConflictDoNothing();
}
