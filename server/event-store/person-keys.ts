import { sql } from 'drizzle-orm';
import { executePrepared } from '../db/prepared';
import { rowsOf } from '../db/rows';
import type { Executor, Transaction } from '../db/types';
import { type KeyRing, newPersonKey } from './sealing';

type KeyRow = { user_id: string; key: string | null };

const ringOf = (people: readonly string[], rows: readonly KeyRow[]): KeyRing => {
  const ring = new Map<string, string | null>(people.map((id) => [id, null]));
  for (const row of rows) ring.set(row.user_id, row.key);
  return ring;
};

/**
 * The keys of the people a batch of events needs, in one statement whatever the batch's size; a person with no key
 * (forgotten, or never given one) reads as forgotten. Read under the caller's snapshot: a person forgotten after it
 * began is still readable to it, as the rest of the log is.
 */
export async function keysToRead(db: Executor, people: ReadonlySet<string>): Promise<KeyRing> {
  if (people.size === 0) return new Map();
  const ids = [...people];
  const result = await executePrepared(
    db,
    sql`select user_id::text, key from person_keys
        where user_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  return ringOf(ids, rowsOf<KeyRow>(result));
}

/**
 * The keys of the people whose text an append seals, made for those who have none yet, in one statement. The key is
 * made here, by the server, and never enters the log. A forgotten person's tombstone is kept (key null), so that
 * they can never be given a new key: their text cannot be written again.
 */
export async function keysToWrite(tx: Transaction, people: ReadonlySet<string>): Promise<KeyRing> {
  if (people.size === 0) return new Map();
  const fresh = [...people].map((id) => ({ user_id: id, key: newPersonKey() }));
  const result = await executePrepared(
    tx,
    // The no-op update returns a person's existing key and locks its row to this commit, so a forgetting waits
    // for the write (and then destroys its text too) or the write sees the tombstone.
    sql`insert into person_keys (user_id, key)
        select user_id, key from jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) as w(user_id uuid, key text)
        on conflict (user_id) do update set user_id = excluded.user_id
        returning user_id::text, key`,
  );
  const ring = ringOf([...people], rowsOf<KeyRow>(result));
  const forgotten = [...ring].filter(([, key]) => key === null).map(([id]) => id);
  if (forgotten.length > 0) throw new PersonForgottenError(forgotten);
  return ring;
}

/** A write of text by a person who was forgotten meanwhile: refused, nothing written. */
export class PersonForgottenError extends Error {
  constructor(readonly people: readonly string[]) {
    super('That person was forgotten: their text cannot be written');
    this.name = 'PersonForgottenError';
  }
}
