import { describe, expect, it } from 'vitest';
import { backedUpTables, notBackedUp, primaryKeyOf, schemaTables, tableName } from './tables';

describe('the tables a backup holds', () => {
  it('names every table of the schema once: backed up, or not with a reason', () => {
    const backedUp = backedUpTables.map((t) => tableName(t.table));
    const skipped = [...notBackedUp.keys()].map(tableName);
    const decided = [...backedUp, ...skipped];
    // A table added to the schema must be put in one of the two lists in server/backup/tables.ts.
    expect(
      schemaTables()
        .map(tableName)
        .filter((name) => !decided.includes(name)),
    ).toEqual([]);
    expect(decided.filter((name, i) => decided.indexOf(name) !== i)).toEqual([]);
    expect(schemaTables().length).toBe(decided.length);
  });

  it('holds the log and what is not in it, and keeps secrets apart', () => {
    const secret = backedUpTables.filter((t) => t.secret).map((t) => tableName(t.table));
    const always = backedUpTables.filter((t) => !t.secret).map((t) => tableName(t.table));
    expect(always).toEqual([
      'events',
      'users',
      'person_keys',
      'invitations',
      'inbox_streams',
      'inbox_events',
      'processed_commands',
    ]);
    expect(secret).toEqual(['auth_accounts', 'sessions', 'verifications', 'app_secrets']);
  });

  it('reads every backed-up table by its primary key', () => {
    expect(Object.fromEntries(backedUpTables.map((t) => [tableName(t.table), primaryKeyOf(t.table)]))).toMatchObject({
      events: ['position'],
      inbox_events: ['user_id', 'version'],
      processed_commands: ['actor_id', 'command_id'],
    });
  });
});
