import { z } from 'zod';
import { text } from '@/domain';
import { INVITATION_TOKEN } from '../invitations/link-token';

/**
 * The shapes of what clients send beyond commands (whose schemas are the domain's, `domain/shared/schema.ts`), bounded
 * like them to what PostgreSQL stores: a value that passes here never fails in a query, so bad input is a 400 naming
 * its field, never a 500.
 */
export { BROKEN_TEXT, email, INT4_MAX, int4, isWellFormed, text } from '@/domain';

/** The last part of an invitation link's address. */
export const invitationToken = z
  .string()
  .max(100)
  .regex(INVITATION_TOKEN, 'must be the code at the end of an invitation link, copied whole');

/** A project key as people type it: any case, surrounding spaces forgiven. */
export const projectKey = text(6).transform((key) => key.trim().toUpperCase());

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
