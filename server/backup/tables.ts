import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import {
  appSecrets,
  authAccounts,
  eventPosition,
  events,
  inboxEvents,
  inboxStreams,
  invitations,
  personKeys,
  processedCommands,
  projectionVersions,
  rateLimits,
  replayCheckpoints,
  sessions,
  streams,
  users,
  verifications,
} from '../db/schema';
import { readTables } from '../read-models/registry';

/**
 * A table a backup carries. `secret` tables (what lets someone sign in or act as someone else) go in only with
 * `--with-secrets`. Restore inserts them in this order, so a table comes after those its foreign keys point to.
 */
export interface BackedUpTable {
  readonly table: PgTable;
  readonly secret?: boolean;
}

/**
 * THE list of what a backup holds: every table that is a source of truth, that is, whose rows cannot be derived
 * from the log. Adding a table to the schema means adding it here or to `notBackedUp` (a test checks).
 */
export const backedUpTables: readonly BackedUpTable[] = [
  { table: events },
  // Accounts are not in the log (server/db/schema/accounts.ts): names and e-mail addresses.
  { table: users },
  // Each person's key to the comment bodies sealed in the log: without it their text is lost. A forgotten person's
  // row holds no key (a tombstone), and goes along so that they stay forgotten.
  { table: personKeys },
  // Open invitations: the invited address lives only here; the invitation itself is an event.
  { table: invitations },
  // What each person has read: a log of its own, and the state it folds to, locked by its commands.
  { table: inboxStreams },
  { table: inboxEvents },
  // The answers already given: a command sent again after a restore is answered, not carried out twice.
  { table: processedCommands },
  { table: authAccounts, secret: true },
  { table: sessions, secret: true },
  { table: verifications, secret: true },
  { table: appSecrets, secret: true },
];

/** Every other table, and why it is not in a backup. */
export const notBackedUp: ReadonlyMap<PgTable, string> = new Map<PgTable, string>([
  [streams, 'derived from the log: each stream is at the version of its last event (restore recomputes it)'],
  [eventPosition, 'derived from the log: the position of its last event (restore sets it)'],
  [projectionVersions, "an asynchronous projection's bookkeeping: restore starts new builds"],
  [rateLimits, 'counters of sign-in attempts, which expire within minutes'],
  [replayCheckpoints, 'snapshots of replays, derived from the log: made again when a replay needs them'],
  ...Object.values(readTables).map((owned): [PgTable, string] => [owned.table, 'a read model: restore rebuilds it']),
]);

export const tableName = (table: PgTable) => getTableConfig(table).name;

/** The columns that order a table's rows for reading it a page at a time. */
export function primaryKeyOf(table: PgTable): string[] {
  const config = getTableConfig(table);
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  if (single.length > 0) return single;
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  if (!composite?.length) throw new Error(`${config.name} has no primary key to read it by`);
  return composite;
}

export const tablesToBackUp = (withSecrets: boolean) =>
  backedUpTables.filter((t) => withSecrets || !t.secret).map((t) => t.table);

/** Every table of the schema. */
export const schemaTables = (): PgTable[] =>
  (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
