import 'server-only';
import { eq } from 'drizzle-orm';
import { streams } from '../db/schema';
import type { Transaction } from '../db/types';
import { writeAppend, type EventMetadata, type StoredEvent } from '../event-store';
import { LOG_PROJECT_ID, logEventSchemas, type LogEvent } from '../event-store/log-events';

/** Appends one event of the log itself (log-events.ts) to its own stream, in the caller's transaction. */
export async function appendLogEvent(
  tx: Transaction,
  streamId: string,
  event: LogEvent,
  metadata: EventMetadata,
  recordedAt: Date,
) {
  const data: unknown = logEventSchemas[event.type].parse(event.data);
  const [row] = await tx.select({ version: streams.version }).from(streams).where(eq(streams.streamId, streamId));
  const expectedVersion = row?.version ?? 0;
  const stored = {
    type: event.type,
    data,
    position: 1,
    streamId,
    streamVersion: expectedVersion + 1,
    projectId: LOG_PROJECT_ID,
    schemaVersion: 1,
    recordedAt,
    metadata,
  } as unknown as StoredEvent;
  const written = await writeAppend(tx, {
    streams: [{ streamId, projectId: LOG_PROJECT_ID, expectedVersion, count: 1 }],
    events: [stored],
    metadata,
    recordedAt,
  });
  return written[0]!.position;
}
