import type { DomainEvent } from '@/domain';
import type { events } from '../db/schema';
import type { Executor } from '../db/types';
import { UnreadableEventError } from './errors';
import { isLogEventType } from './log-events';
import { keysToRead } from './person-keys';
import { checkedAsText, FORGOTTEN_TEXT, isSealedRow, isTextGone, openedData, sealersOf } from './sealed-events';
import type { KeyRing } from './sealing';
import { currentSchemaOf, currentVersionOf, isEventType, schemaOf, upcasterOf } from './schemas';
import type { EventMetadata, StoredEvent } from './types';

/**
 * The one place that knows how events are stored. What is written is checked against its type's current schema and
 * stored with that version; what is read in an older version is parsed with the schema of that version and upcast,
 * one version at a time, to the current shape before any decider or projection sees it.
 */
export function toStored(event: DomainEvent): { type: string; schemaVersion: number; data: unknown } {
  const parsed = currentSchemaOf(event.type).safeParse(checkedAsText(event).data);
  if (!parsed.success) throw new Error(`Refusing to store an invalid ${event.type}: ${parsed.error.message}`);
  const data = isTextGone(event) ? { ...(parsed.data as object), body: FORGOTTEN_TEXT } : parsed.data;
  return { type: event.type, schemaVersion: currentVersionOf(event.type), data };
}

const MAX_UPCASTS = 50;

export function upcast(position: number, type: string, schemaVersion: number, data: unknown): DomainEvent {
  let [currentType, version, currentData] = [type, schemaVersion, data];
  for (let step = 0; step <= MAX_UPCASTS; step++) {
    const schema = schemaOf(currentType, version);
    if (!schema)
      throw new UnreadableEventError(position, type, schemaVersion, `no schema for ${currentType} v${version}`);
    const parsed = schema.safeParse(currentData);
    if (!parsed.success) {
      throw new UnreadableEventError(
        position,
        type,
        schemaVersion,
        `${currentType} v${version}: ${parsed.error.message}`,
      );
    }
    if (isEventType(currentType) && currentVersionOf(currentType) === version) {
      return { type: currentType, data: parsed.data } as DomainEvent;
    }
    const upcaster = upcasterOf(currentType, version);
    if (!upcaster)
      throw new UnreadableEventError(position, type, schemaVersion, `no upcaster from ${currentType} v${version}`);
    ({ type: currentType, data: currentData } = upcaster(parsed.data));
    version++;
  }
  throw new UnreadableEventError(position, type, schemaVersion, 'too many upcasts');
}

type EventRow = typeof events.$inferSelect;

const NO_KEYS: KeyRing = new Map();

/**
 * An event of this log. One in its type's current version was checked against that very schema when it was written
 * (toStored), and the log is append-only: parsing it again on every read only cost time. Older versions are parsed
 * and upcast. A sealed text is opened with the keys of its batch (deserializeRows). Events of the log itself
 * (log-events.ts) belong to no project, so no read model handles them. Built as one object literal: reads of long
 * streams spend their time here.
 */
export function deserialize(row: EventRow, keys: KeyRing = NO_KEYS): StoredEvent {
  const stored = isSealedRow(row) ? { ...row, data: openedData(row, keys) } : row;
  const current =
    isLogEventType(row.type) || (isEventType(row.type) && currentVersionOf(row.type) === row.schemaVersion);
  const { type, data } = current ? stored : upcast(row.position, row.type, row.schemaVersion, stored.data);
  return {
    type,
    data,
    position: row.position,
    streamId: row.streamId,
    streamVersion: row.streamVersion,
    projectId: row.projectId,
    schemaVersion: row.schemaVersion,
    recordedAt: row.recordedAt,
    metadata: row.metadata as EventMetadata,
  } as StoredEvent;
}

/** A batch of rows read from the log, with the keys its sealed texts need loaded in one statement. */
export async function deserializeRows(db: Executor, rows: readonly EventRow[]): Promise<StoredEvent[]> {
  const keys = await keysToRead(db, sealersOf(rows));
  return rows.map((row) => deserialize(row, keys));
}

export const toDomainEvent = ({ type, data }: StoredEvent): DomainEvent => ({ type, data }) as DomainEvent;
