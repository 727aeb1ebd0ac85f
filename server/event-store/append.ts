import { sql } from 'drizzle-orm';
import type { DomainEvent } from '@/domain';
import { rowsOf } from '../db/rows';
import { executePrepared } from '../db/prepared';
import type { Transaction } from '../db/types';
import { ConcurrencyError } from './errors';
import { EVENTS_CHANNEL } from './notification';
import { keysToWrite } from './person-keys';
import { sealedData, writerOf } from './sealed-events';
import { toStored } from './serialization';
import type { EventMetadata, StoredEvent, StreamWrite } from './types';

/**
 * An append whose events are checked and numbered 1, 2, ... in the order they will be written, before any position
 * is taken: what the command path hands its inline read models, so that their row changes can go into the append's
 * one statement (the database adds the real base to every position, see migration 0008, restated by 0010).
 */
export interface PendingAppend {
  /** Each stream written, with the version the decision was based on and how many events it gets. */
  readonly streams: readonly { streamId: string; projectId: string; expectedVersion: number; count: number }[];
  readonly events: readonly StoredEvent[];
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

/** One row change of a read table, in SQL names; `positions` names the columns holding a pending event's number. */
export interface RowWrite {
  readonly op: 'insert' | 'update' | 'delete';
  readonly table: string;
  readonly key?: Record<string, unknown>;
  readonly row?: Record<string, unknown>;
  readonly positions?: readonly string[];
}

/** The idempotency entry of the command that made the append, recorded by the same statement. */
export interface CommandRecord {
  readonly actorId: string;
  readonly commandId: string;
  readonly procedure: string;
  readonly payloadHash: string;
  /** Its answer: `position` is set by the write to the last position it gave. */
  readonly result: Record<string, unknown>;
  /** The command as its decider was given it, kept for the inspector (tools record none). */
  readonly decided?: { readonly type: string; readonly command: object };
}

export function pendingAppend(
  writes: readonly StreamWrite[],
  metadata: EventMetadata,
  recordedAt: Date,
): PendingAppend {
  // A stream may come in several writes, one after the other: it was at the first one's version.
  const versions = new Map<string, number>();
  for (const w of writes) if (!versions.has(w.streamId)) versions.set(w.streamId, w.expectedVersion);
  const events = writes.flatMap((w) =>
    w.events.map((event) => ({ streamId: w.streamId, projectId: w.projectId, event })),
  );
  return pendingAppendInOrder(events, versions, metadata, recordedAt);
}

/** One event to append, with its stream. */
export interface EventToAppend {
  readonly streamId: string;
  readonly projectId: string;
  readonly event: DomainEvent;
}

/**
 * The same, for events of several streams in the order they happened (an act over many streams: a restore moves a
 * task into a status it first added back): positions follow that order, versions count on within each stream.
 * `expected` holds each stream's version the decision was based on; a stream it does not name must be new.
 */
export function pendingAppendInOrder(
  toAppend: readonly EventToAppend[],
  expected: ReadonlyMap<string, number>,
  metadata: EventMetadata,
  recordedAt: Date,
): PendingAppend {
  const counts = new Map<string, { projectId: string; count: number }>();
  const events = toAppend.map(({ streamId, projectId, event }, i) => {
    const stream = counts.get(streamId) ?? { projectId, count: 0 };
    stream.count++;
    counts.set(streamId, stream);
    return {
      ...toStored(event),
      position: i + 1,
      streamId,
      streamVersion: (expected.get(streamId) ?? 0) + stream.count,
      projectId,
      recordedAt,
      metadata,
    } as StoredEvent;
  });
  const streams = [...counts].map(([streamId, { projectId, count }]) => ({
    streamId,
    projectId,
    expectedVersion: expected.get(streamId) ?? 0,
    count,
  }));
  return { streams, events, metadata, recordedAt };
}

/**
 * Writes a pending append, with the row changes and the command record that go with it, in ONE statement inside the
 * caller's transaction (migration 0008, restated by 0010): each stream's version checked and bumped (a stream that moved on fails all
 * of it with a ConcurrencyError), positions taken, events inserted, rows changed, the command recorded, the append
 * announced on commit. The position counter is taken by that statement and held to the commit, so positions are
 * handed out in commit order (README, "Global order") while no command holds it across a round trip. Returns the
 * events as stored, built from what was sent: nothing is read back or parsed again.
 */
export async function writeAppend(
  tx: Transaction,
  pending: PendingAppend,
  { changes = [], command }: { changes?: readonly RowWrite[]; command?: CommandRecord } = {},
): Promise<StoredEvent[]> {
  if (pending.events.length === 0 && changes.length === 0 && !command) return [];
  const streams = pending.streams.map((w) => ({
    id: w.streamId,
    project: w.projectId,
    expected: w.expectedVersion,
    count: w.count,
  }));
  // The text a person wrote is sealed with their key here, at the store's edge: what the read models are handed
  // (pending.events) and what this returns stay plain.
  const writers = new Set(pending.events.flatMap((e) => writerOf(e, e.metadata) ?? []));
  const keys = await keysToWrite(tx, writers);
  const events = pending.events.map((e) => ({
    stream: e.streamId,
    version: e.streamVersion,
    project: e.projectId,
    type: e.type,
    schema: e.schemaVersion,
    data: sealedData(e, e.metadata, keys),
  }));
  const commandJson = command && {
    actor: command.actorId,
    id: command.commandId,
    procedure: command.procedure,
    hash: command.payloadHash,
    result: command.result,
    type: command.decided?.type,
    command: command.decided?.command,
  };
  const json = (value: unknown) => sql`${JSON.stringify(value ?? null)}::jsonb`;
  let base: number;
  try {
    const result: unknown = await executePrepared(
      tx,
      sql`select chronicle_write(${json(streams)}, ${json(events)}, ${json(pending.metadata)},
        ${pending.recordedAt.toISOString()}::timestamptz, ${json(changes)}, ${json(commandJson)},
        ${EVENTS_CHANNEL}) as base`,
    );
    base = Number(rowsOf<{ base: string | number }>(result)[0]!.base);
  } catch (error) {
    throw concurrencyErrorOf(error) ?? error;
  }
  return pending.events.map((e) => ({ ...e, position: base + e.position }));
}

/** Row changes alone, with the same statement (a batch of an async read model: no event, no position taken). */
export const writeRows = (tx: Transaction, changes: readonly RowWrite[]) =>
  changes.length === 0 ? Promise.resolve([]) : writeAppend(tx, pendingAppend([], NO_METADATA, new Date()), { changes });

const NO_METADATA: EventMetadata = { actorId: '', commandId: '', correlationId: '', causationId: '' };

/**
 * Appends to one or more streams inside the caller's transaction, so that whatever else the caller writes commits
 * or rolls back with the events.
 */
export const appendToStreams = (
  tx: Transaction,
  writes: readonly StreamWrite[],
  metadata: EventMetadata,
  recordedAt: Date,
): Promise<StoredEvent[]> => writeAppend(tx, pendingAppend(writes, metadata, recordedAt));

/** The statement's "stream moved on" (SQLSTATE CH409), under drizzle's wrapping, as the error the callers know. */
function concurrencyErrorOf(error: unknown): ConcurrencyError | undefined {
  for (
    let current = error as { code?: unknown; detail?: string; hint?: string; cause?: unknown } | undefined;
    current;
  ) {
    if (current.code === 'CH409' && current.detail !== undefined) {
      return new ConcurrencyError(current.detail, Number(current.hint));
    }
    current = current.cause as typeof current;
  }
  return undefined;
}
