import { z } from 'zod';
import type { DomainEvent } from '@/domain';
import { UnreadableEventError } from './errors';
import { type KeyRing, open, seal, type Sealed } from './sealing';
import { v1 } from './schemas/v1';
import type { EventMetadata } from './types';

/**
 * The event types that hold text a person wrote, and the schema version from which that text is stored sealed with
 * its writer's key. What a person writes about themselves beyond this is nothing: names and e-mail addresses are
 * account data and were never in the log (server/db/schema/accounts.ts); task titles and descriptions are the
 * team's work, not a person's, and stay plain. The deciders never see a sealed body: the store seals on write and
 * opens on read, and a body whose writer was forgotten reads as FORGOTTEN_TEXT.
 */
export const SEALED_VERSION = 2;
export const FORGOTTEN_TEXT = '';

const sealed = z.object({ by: z.uuid(), box: z.string().min(1) });
/** How the sealed versions are stored: the plain version without its body, and the sealed body beside. */
export const storedSealed = {
  CommentAdded: v1.CommentAdded.omit({ body: true }).extend({ sealed }).strict(),
  CommentEdited: v1.CommentEdited.omit({ body: true }).extend({ sealed }).strict(),
};
type SealedType = keyof typeof storedSealed;

export const isSealedType = (type: string): type is SealedType => type in storedSealed;
export const isSealedRow = (row: { type: string; schemaVersion: number }) =>
  isSealedType(row.type) && row.schemaVersion >= SEALED_VERSION;

/** Binds a box to its event type and comment (see seal). */
const contextOf = (type: SealedType, commentId: string) => `${type}:${commentId}`;

/**
 * Whose key seals an event's text: the comment's author. An edit is sealed with its writer's, which is the author's
 * too, since only its author may edit a comment (domain/task/decide.ts).
 */
export function writerOf(event: DomainEvent, metadata: EventMetadata): string | undefined {
  if (event.type !== 'CommentAdded' && event.type !== 'CommentEdited') return undefined;
  if (event.data.body === FORGOTTEN_TEXT) return undefined;
  return event.type === 'CommentAdded' ? event.data.authorId : metadata.actorId;
}

/**
 * What a comment whose text is gone is stored with: a box no key opens, since it names nobody. Only an import writes
 * one, for a comment forgotten in the installation it was exported from (server/log-file): the file holds no text to
 * seal, and the comment keeps its place in its task's history.
 */
const TEXT_GONE: Sealed = { by: '00000000-0000-0000-0000-000000000000', box: 'gone' };

/** Whether an event is a comment whose text is gone (what an import writes for one forgotten where it came from). */
export const isTextGone = (event: { type: string; data: unknown }) =>
  isSealedType(event.type) && (event.data as { body?: unknown }).body === FORGOTTEN_TEXT;

/** A stand-in text for checking such an event against its type's schema, which wants one. */
export const checkedAsText = <T extends { type: string; data: unknown }>(event: T): T =>
  isTextGone(event) ? { ...event, data: { ...(event.data as object), body: 'text gone' } } : event;

/** The data to store for an event: its text sealed when its type holds one, else the data itself. */
export function sealedData(event: DomainEvent, metadata: EventMetadata, keys: KeyRing): unknown {
  if (event.type !== 'CommentAdded' && event.type !== 'CommentEdited') return event.data;
  const { body, ...rest } = event.data;
  if (body === FORGOTTEN_TEXT) return { ...rest, sealed: TEXT_GONE };
  const by = writerOf(event, metadata)!;
  const key = keys.get(by);
  if (!key) throw new Error(`No key to seal the text of ${by}, who may have been forgotten`);
  return { ...rest, sealed: seal(by, key, body, contextOf(event.type, event.data.commentId)) };
}

/** The plain data of a sealed row, its body opened (FORGOTTEN_TEXT when its writer's key is gone). */
export function openedData(
  row: { position: number; type: string; schemaVersion: number; data: unknown },
  keys: KeyRing,
): unknown {
  const type = row.type as SealedType;
  const parsed = storedSealed[type].safeParse(row.data);
  if (!parsed.success) {
    throw new UnreadableEventError(row.position, row.type, row.schemaVersion, parsed.error.message);
  }
  const { sealed: box, ...rest } = parsed.data;
  let body: string | null;
  try {
    body = open(box, keys, contextOf(type, rest.commentId));
  } catch (error) {
    throw new UnreadableEventError(row.position, row.type, row.schemaVersion, (error as Error).message);
  }
  return { ...rest, body: body ?? FORGOTTEN_TEXT };
}

/** The people whose keys a batch of stored rows needs to be read. */
export function sealersOf(rows: readonly { type: string; schemaVersion: number; data: unknown }[]): Set<string> {
  const people = new Set<string>();
  for (const row of rows) if (isSealedRow(row)) people.add((row.data as { sealed: Sealed }).sealed.by);
  return people;
}
