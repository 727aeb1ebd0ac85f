import { z } from 'zod';

/**
 * Events of the log itself rather than of a project: what was done to the log's personal text. They belong to no
 * project (their project id is the nil uuid, which no project has), so no project's history, replay or read model
 * sees them; they say, in the log, that a person was forgotten and that old plain comments were sealed. They hold
 * ids and counts only, never a name.
 */
export const LOG_PROJECT_ID = '00000000-0000-0000-0000-000000000000';
export const personStreamId = (userId: string) => `person-${userId}`;
export const SEALING_STREAM_ID = 'log-sealing';

export const logEventSchemas = {
  /** A person was forgotten: their key destroyed, their account and every copy of their text removed. */
  PersonForgotten: z.object({ userId: z.uuid(), comments: z.number().int().nonnegative() }).strict(),
  /** The one-off migration of plain comments (migration 0019): how many rows were sealed, up to which position. */
  PlainCommentsSealed: z
    .object({ rows: z.number().int().nonnegative(), upTo: z.number().int().nonnegative(), userId: z.uuid().optional() })
    .strict(),
};
export type LogEventType = keyof typeof logEventSchemas;
export type LogEvent = { [T in LogEventType]: { type: T; data: z.infer<(typeof logEventSchemas)[T]> } }[LogEventType];

export const isLogEventType = (type: string): type is LogEventType => type in logEventSchemas;
