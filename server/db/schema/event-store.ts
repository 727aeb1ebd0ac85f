import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { eventDocument, SEARCH_INDEX_STORAGE } from './search-text';

/** The log: append-only (a trigger refuses UPDATE and DELETE), ordered by `position`, which readers can trust. */
export const events = pgTable(
  'events',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    streamId: text('stream_id').notNull(),
    streamVersion: integer('stream_version').notNull(),
    projectId: uuid('project_id').notNull(),
    type: text('type').notNull(),
    schemaVersion: smallint('schema_version').notNull(),
    data: jsonb('data').notNull(),
    metadata: jsonb('metadata').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('events_stream_version_unique').on(t.streamId, t.streamVersion),
    index('events_project_position_idx').on(t.projectId, t.position),
    index('events_project_recorded_at_idx').on(t.projectId, t.recordedAt),
    index('events_search_idx').using('gin', eventDocument(t)).with(SEARCH_INDEX_STORAGE),
  ],
);

/** One row a stream: its current version, checked and bumped by each append, and the row a command locks. */
export const streams = pgTable(
  'streams',
  {
    streamId: text('stream_id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    version: integer('version').notNull(),
  },
  // A project's streams: the sum of their versions is the size of its history (historySpan).
  (t) => [index('streams_project_idx').on(t.projectId, t.version)],
);

/**
 * The single counter that hands out global positions. Taking it is the last step of an append, and its row lock is
 * held until commit, so positions are handed out in commit order: see README, "Global order".
 */
export const eventPosition = pgTable('event_position', {
  id: smallint('id').primaryKey().default(1),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
});

/**
 * Commands already carried out, with their result, so that a command sent again appends nothing. A command id is
 * its sender's: the key is (actor, command id), and the entry remembers which procedure and which payload it was,
 * so that the same id sent with anything else is refused instead of answered with an unrelated result. It also keeps
 * the command as its decider was given it, under the same rules as the events it recorded for what is personal.
 */
export const processedCommands = pgTable(
  'processed_commands',
  {
    actorId: uuid('actor_id').notNull(),
    commandId: uuid('command_id').notNull(),
    procedure: text('procedure').notNull(),
    payloadHash: text('payload_hash').notNull(),
    result: jsonb('result').notNull(),
    /** The command as it was decided (null for entries recorded before commands were kept), for the inspector. */
    commandType: text('command_type'),
    command: jsonb('command'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ name: 'processed_commands_pkey', columns: [t.actorId, t.commandId] })],
);
