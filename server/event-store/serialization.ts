import type { DomainEvent, DomainEventType } from '@/domain';
import type { events } from '../db/schema';
import { UnreadableEventError } from './errors';
import type { EventMetadata, StoredEvent } from './types';

/**
 * The one place that knows how events are stored. Each type's current schema version is written with it; an older
 * version is upcast here, step by step, before any decider or projection sees it.
 */
const CURRENT_SCHEMA_VERSION: Record<DomainEventType, number> = {
  ProjectCreated: 1,
  ProjectRenamed: 1,
  ProjectArchived: 1,
  ProjectRestored: 1,
  StatusAdded: 1,
  StatusRenamed: 1,
  StatusMoved: 1,
  StatusRemoved: 1,
  TaskNumberReserved: 1,
  TaskCreated: 1,
  TaskRenamed: 1,
  TaskDescribed: 1,
  TaskMoved: 1,
  TaskAssigned: 1,
  TaskUnassigned: 1,
  TaskPrioritized: 1,
  TaskScheduled: 1,
  TaskUnscheduled: 1,
  TaskLabeled: 1,
  CommentAdded: 1,
  CommentEdited: 1,
  TaskDeleted: 1,
  TaskRestored: 1,
};

export const schemaVersionOf = (type: DomainEventType) => CURRENT_SCHEMA_VERSION[type];

type EventRow = typeof events.$inferSelect;

export function deserialize(row: EventRow): StoredEvent {
  const current = CURRENT_SCHEMA_VERSION[row.type as DomainEventType] as number | undefined;
  if (current === undefined)
    throw new UnreadableEventError(row.position, row.type, row.schemaVersion, 'unknown event type');
  if (row.schemaVersion !== current) {
    throw new UnreadableEventError(row.position, row.type, row.schemaVersion, `no upcaster to v${current}`);
  }
  return {
    type: row.type,
    data: row.data,
    position: row.position,
    streamId: row.streamId,
    streamVersion: row.streamVersion,
    projectId: row.projectId,
    schemaVersion: row.schemaVersion,
    recordedAt: row.recordedAt,
    metadata: row.metadata as EventMetadata,
  } as StoredEvent;
}

export const toDomainEvent = ({ type, data }: StoredEvent): DomainEvent => ({ type, data }) as DomainEvent;
