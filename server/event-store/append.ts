import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/types';
import { eventPosition, events, streams } from '../db/schema';
import { ConcurrencyError } from './errors';
import { EVENTS_CHANNEL, notificationOf } from './notification';
import { deserialize, toStored } from './serialization';
import type { EventMetadata, StoredEvent, StreamWrite } from './types';

/**
 * Appends to one or more streams inside the caller's transaction, so the caller's inline projections commit or roll
 * back with the events. Each stream's version is checked and bumped in one statement; a stream that moved on fails
 * the whole append with a ConcurrencyError.
 */
export async function appendToStreams(
  tx: Transaction,
  writes: readonly StreamWrite[],
  metadata: EventMetadata,
  recordedAt: Date,
): Promise<StoredEvent[]> {
  const nonEmpty = writes.filter((w) => w.events.length > 0);
  const total = nonEmpty.reduce((n, w) => n + w.events.length, 0);
  if (total === 0) return [];

  for (const write of nonEmpty) await bumpStreamVersion(tx, write);

  // Taken last and held until commit: positions are handed out in commit order (README, "Global order").
  const [counter] = await tx
    .update(eventPosition)
    .set({ value: sql`${eventPosition.value} + ${total}` })
    .where(eq(eventPosition.id, 1))
    .returning({ value: eventPosition.value });
  if (!counter) throw new Error('The event_position counter row is missing; run the migrations');

  let position = counter.value - total;
  const rows = nonEmpty.flatMap((write) =>
    write.events.map((event, i) => ({
      position: ++position,
      streamId: write.streamId,
      streamVersion: write.expectedVersion + i + 1,
      projectId: write.projectId,
      ...toStored(event),
      metadata,
      recordedAt,
    })),
  );
  const inserted = await tx.insert(events).values(rows).returning();
  await announce(tx, rows);
  return inserted.map(deserialize);
}

/** PostgreSQL delivers a NOTIFY only when its transaction commits, so listeners never hear of a rolled-back append. */
async function announce(tx: Transaction, rows: readonly { projectId: string; position: number }[]) {
  const lastOfProject = new Map(rows.map((row) => [row.projectId, row.position]));
  const notifications = [...lastOfProject].map(
    ([projectId, position]) => sql`pg_notify(${EVENTS_CHANNEL}, ${notificationOf(projectId, position)})`,
  );
  await tx.execute(sql`select ${sql.join(notifications, sql`, `)}`);
}

async function bumpStreamVersion(tx: Transaction, write: StreamWrite) {
  const newVersion = write.expectedVersion + write.events.length;
  const bumped =
    write.expectedVersion === 0
      ? await tx
          .insert(streams)
          .values({ streamId: write.streamId, projectId: write.projectId, version: newVersion })
          .onConflictDoNothing()
          .returning({ version: streams.version })
      : await tx
          .update(streams)
          .set({ version: newVersion })
          .where(and(eq(streams.streamId, write.streamId), eq(streams.version, write.expectedVersion)))
          .returning({ version: streams.version });
  if (bumped.length === 0) throw new ConcurrencyError(write.streamId, write.expectedVersion);
}
