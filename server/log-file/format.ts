import { z } from 'zod';

/**
 * A project's log as a file: one JSON object a line (NDJSON). Line 1 is the header; every other line is one event of
 * the project, in the order of the log, exactly as it was stored (its schema version's shape, not upcast), so that
 * the file says what was recorded and an importer upcasts it through the same steps as a read.
 */
export const LOG_FORMAT = 'chronicle-project-log';
export const LOG_FORMAT_VERSION = 1;

// Any id PostgreSQL's uuid type holds: older events carry ids of no RFC version (the v1 fixture's command ids).
const uuid = z.guid();
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const logHeader = z.strictObject({
  format: z.literal(LOG_FORMAT),
  version: z.literal(LOG_FORMAT_VERSION),
  project: z.strictObject({ id: uuid, key: z.string().min(1).max(16), name: z.string().min(1).max(200) }),
  events: count,
  /** The schema version each event type is written in by the app that exported: newer ones cannot be read here. */
  schemaVersions: z.record(z.string().min(1).max(64), z.number().int().min(1).max(1_000)),
  /** SHA-256, in hex, of every event line as written, each with its newline. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: z.iso.datetime(),
});
export type LogHeader = z.infer<typeof logHeader>;

export const logEventLine = z.strictObject({
  /** The event's position in the exporting log: later events refer to earlier ones by it (named points, undos). */
  position: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** `project`, or `task-<id>` for a task's stream. */
  stream: z.string().regex(/^(project|task-[0-9a-f-]{36})$/),
  streamVersion: z.number().int().positive().max(2_147_483_647),
  type: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(1).max(1_000),
  data: z.record(z.string(), z.unknown()),
  metadata: z.strictObject({ actorId: uuid, commandId: uuid, correlationId: uuid, causationId: uuid }),
  recordedAt: z.iso.datetime({ offset: false }),
});
export type LogEventLine = z.infer<typeof logEventLine>;

export const PROJECT_STREAM = 'project';
