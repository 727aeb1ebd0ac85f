import { z } from 'zod';
import { INVITATION_TOKEN } from '../invitations/link-token';

// In a `u` regular expression a well-formed surrogate pair is one code point: only a lone half is category Cs.
const LONE_SURROGATE = /\p{Cs}/u;
export function isWellFormed(value: string) {
  return !LONE_SURROGATE.test(value);
}
export const BROKEN_TEXT = 'must be valid Unicode text (it holds a broken character)';

/**
 * The shapes of what clients send, bounded to what PostgreSQL can store: a value that passes here never fails in a
 * query. Text refuses the NUL character (text and jsonb cannot hold it) and lone UTF-16 surrogates (jsonb refuses
 * them, and in text they would turn into replacement characters), so a bad string is a 400 with its field named.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character')
    .refine(isWellFormed, BROKEN_TEXT);

export const email = z.email('Enter an e-mail address like ana@example.com').max(254);

/** The last part of an invitation link's address. */
export const invitationToken = z
  .string()
  .max(100)
  .regex(INVITATION_TOKEN, 'must be the code at the end of an invitation link, copied whole');

/** A project key as people type it: any case, surrounding spaces forgiven. */
export const projectKey = text(6).transform((key) => key.trim().toUpperCase());

/** PostgreSQL's `integer`: task numbers, stream versions. */
export const INT4_MAX = 2_147_483_647;
export const int4 = (min = 0) => z.number().int().min(min).max(INT4_MAX);

/** A global event position (`bigint`, within JavaScript's safe integers, which zod's `int` already requires). */
export const position = z.number().int().nonnegative();

/**
 * A moment in time. PostgreSQL's timestamps start in 4713 BC and JavaScript's dates reach further back; a tracker's
 * history lies in years 1 to 9999, so anything outside is refused with a sentence rather than by the database.
 */
export const EARLIEST = new Date('0001-01-01T00:00:00.000Z');
export const LATEST = new Date('9999-12-31T23:59:59.999Z');
export const moment = z.coerce
  .date()
  .min(EARLIEST, 'must be a moment in the years 1 to 9999')
  .max(LATEST, 'must be a moment in the years 1 to 9999');
