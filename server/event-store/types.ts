import type { DomainEvent } from '@/domain';

export interface EventMetadata {
  readonly actorId: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
}

/** A domain event as the log holds it: the event itself plus where, when and why it was recorded. */
export type StoredEvent = DomainEvent & {
  readonly position: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly projectId: string;
  readonly schemaVersion: number;
  readonly recordedAt: Date;
  readonly metadata: EventMetadata;
};

export interface StreamWrite {
  readonly streamId: string;
  readonly projectId: string;
  /** The version the decision was based on; 0 for a stream that must not exist yet. */
  readonly expectedVersion: number;
  readonly events: readonly DomainEvent[];
}

export const projectStreamId = (projectId: string) => `project-${projectId}`;
export const taskStreamId = (taskId: string) => `task-${taskId}`;
/** The task a stream is of, or null for a project's. */
export const taskIdOfStream = (streamId: string) =>
  streamId.startsWith('task-') ? streamId.slice('task-'.length) : null;
