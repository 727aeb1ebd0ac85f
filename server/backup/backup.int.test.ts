import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import type { Database, DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { memoryStoreFor } from '../read-models';
import { applyEvents } from '../read-models/store';
import { inlineReadModels } from '../read-models/registry';
import { seedDemo } from '../tools/seed/demo';
import { callerAsDemoOwner, contextAs, newCommand } from '../tools/testing/commands';
import { databaseKind } from '../tools/testing/database';
import { openFreshPostgres } from '../tools/testing/fresh-postgres';
import { migratedPgliteTemplate } from '../tools/testing/pglite-template';
import { liveReadModel, memoryReadModel } from '../tools/testing/read-model';
import { createCaller } from '../api/root';
import { BackupFileError } from './format';
import { rebuildEveryReadModel } from './rebuild-all';
import { restoreBackup, TargetNotEmptyError } from './restore-backup';
import { query } from './sql';
import { writeBackup } from './write-backup';

/** A database of the test's own, empty and migrated (on PostgreSQL a new one, dropped on close). */
async function emptyDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return openFreshPostgres(serverUrl, 'chronicle_backup', 20);
  return openDatabase({ kind: 'pglite', startFrom: await migratedPgliteTemplate() });
}

/** Every row of a table as text, in a stable order, computed by the database: equal text, equal rows. */
async function rowsText(db: Database, table: string, where = sql`true`) {
  const [row] = await query<{ n: number; text: string | null }>(
    db,
    sql`select count(*)::int as n, string_agg(t::text, chr(10) order by t::text) as text
      from ${sql.identifier(table)} as t where ${where}`,
  );
  return row;
}

let folder: string;
let source: DatabaseHandle;
let demo: Awaited<ReturnType<typeof seedDemo>>;
const opened: DatabaseHandle[] = [];
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'chronicle-backup-'));
  source = await emptyDatabase();
  demo = await seedDemo(source.db);
  // Someone reads their inbox, so that the inbox's own log is not empty.
  const reader = createCaller(
    contextAs(source.db, { id: demo.ownerId, name: 'Ana Lima', email: 'ana@chronicle.test' }),
  );
  await reader.inbox.markRead({ ...newCommand(), upTo: demo.events, positions: [] });
});
afterAll(async () => {
  for (const handle of opened) await handle.close();
  await source.close();
  rmSync(folder, { recursive: true, force: true });
});

const restoreTarget = async () => {
  const handle = await emptyDatabase();
  opened.push(handle);
  return handle;
};

interface PastView {
  asOf?: unknown;
  labelsThen?: unknown;
}

interface Acknowledged {
  commandId: string;
  position: number;
}

/** Writers that create and comment on tasks until stopped, each acknowledged command recorded with its position. */
function startLoad(db: Database, projectId: string, writers: number) {
  const owner = callerAsDemoOwner(db, demo);
  const acknowledged: Acknowledged[] = [];
  let stopped = false;
  const run = async (writer: number) => {
    for (let i = 0; !stopped; i++) {
      const create = newCommand();
      const task = await owner.task.create({ ...create, projectId, title: `Load ${writer}.${i}` });
      acknowledged.push({ commandId: create.commandId, position: task.position! });
      const comment = newCommand();
      const said = await owner.task.comment({ ...comment, taskId: task.taskId, body: `Said ${writer}.${i}` });
      acknowledged.push({ commandId: comment.commandId, position: said.position! });
      // PGlite answers within the process, by promises alone: without this, no timer of the test would ever run.
      await setImmediate();
    }
  };
  let failure: Error | undefined;
  const running = Promise.all(Array.from({ length: writers }, (_, w) => run(w))).catch((error: unknown) => {
    failure = error instanceof Error ? error : new Error(String(error));
    stopped = true;
  });
  return {
    acknowledged,
    until: async (count: number) => {
      while (acknowledged.length < count) {
        if (failure) throw failure;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    stop: async () => {
      stopped = true;
      await running;
      if (failure) throw failure;
    },
  };
}

describe(`backup and restore of the whole installation on ${databaseKind}`, () => {
  let file: string;
  let position = 0;
  let load: ReturnType<typeof startLoad>;

  it('backs up one consistent moment while commands keep being acknowledged', async () => {
    file = path.join(folder, 'under-load.ndjson');
    // PGlite runs one transaction at a time: there, one writer's commands wait while the backup reads.
    load = startLoad(source.db, demo.projectId, databaseKind === 'PGlite' ? 1 : 4);
    await load.until(20);
    let acknowledgedAtSnapshot = 0;
    const header = await writeBackup(source, file, {
      onSnapshot: (at) => {
        acknowledgedAtSnapshot = load.acknowledged.length;
        position = at;
      },
    });
    const whenBackedUp = load.acknowledged.length;
    await load.until(whenBackedUp + 20);
    await load.stop();

    expect(header.position).toBe(position);
    expect(acknowledgedAtSnapshot).toBeGreaterThanOrEqual(20);
    // Commands were acknowledged after the backup's position, so the test can tell the two apart.
    expect(load.acknowledged.some((c) => c.position > position)).toBe(true);
    expect(load.acknowledged.some((c) => c.position <= position)).toBe(true);
    expect(header.tables.find((t) => t.name === 'events')?.rows).toBe(position);
    expect(header.tables.map((t) => t.name)).not.toContain('sessions');
    expect(readFileSync(file, 'utf8')).not.toContain('"password"');
    expect(header.tables.find((t) => t.name === 'inbox_events')?.rows).toBeGreaterThan(0);
  });

  it('restores every command acknowledged at or before that position, and none after it', async () => {
    const target = await restoreTarget();
    await restoreBackup(target.db, file);
    const built = await rebuildEveryReadModel(target.db);
    expect(built).toEqual(['inline', 'insights', 'inbox']);

    const restoredCommands = new Set(
      (
        await query<{ id: string }>(
          target.db,
          sql`select distinct metadata ->> 'commandId' as id from events where metadata ? 'commandId'`,
        )
      ).map((r) => r.id),
    );
    const before = load.acknowledged.filter((c) => c.position <= position);
    const after = load.acknowledged.filter((c) => c.position > position);
    expect(before.filter((c) => !restoredCommands.has(c.commandId))).toEqual([]);
    expect(after.filter((c) => restoredCommands.has(c.commandId))).toEqual([]);

    // The log up to the position, and what is not in the log, row for row.
    const upToPosition = sql`position <= ${position}`;
    expect(await rowsText(target.db, 'events')).toEqual(await rowsText(source.db, 'events', upToPosition));
    for (const table of ['users', 'invitations', 'inbox_streams', 'inbox_events']) {
      expect(await rowsText(target.db, table), table).toEqual(await rowsText(source.db, table));
    }
    const answered = sql`coalesce((result ->> 'position')::bigint, 0) <= ${position}`;
    expect(await rowsText(target.db, 'processed_commands')).toEqual(
      await rowsText(source.db, 'processed_commands', answered),
    );
    const [counter] = await query<{ value: number }>(target.db, sql`select value::bigint as value from event_position`);
    expect(Number(counter?.value)).toBe(position);
    const streamsAt = (db: Database, where: ReturnType<typeof sql>) =>
      query(db, sql`select stream_id, version from streams where ${where} order by stream_id`);
    const streamsOfTheBackup = sql`stream_id in (select stream_id from events where position <= ${position})`;
    const versionsAt = await query(
      source.db,
      sql`select stream_id, max(stream_version) as version from events where position <= ${position}
        group by stream_id order by stream_id`,
    );
    expect(await streamsAt(target.db, sql`true`)).toEqual(versionsAt);
    expect((await streamsAt(source.db, streamsOfTheBackup)).length).toBe(versionsAt.length);
  });

  it("rebuilds read models equal to a rebuild of the source's log at that position", async () => {
    const target = opened.at(-1)!;
    const { folded, rows } = memoryStoreFor(inlineReadModels);
    for (let after = 0; ;) {
      const batch = await readAll(source.db, { after, upTo: position, limit: 500 });
      if (batch.length === 0) break;
      await applyEvents(folded, batch, rows);
      after = batch.at(-1)!.position;
    }
    expect(await liveReadModel(target.db)).toEqual(memoryReadModel(rows));

    // What people see: the restored installation answers as the source did at that position.
    const at = { position };
    const projectId = demo.projectId;
    const restored = callerAsDemoOwner(target.db, demo);
    const original = callerAsDemoOwner(source.db, demo);
    // A past view also says which point it shows and the labels of then; the live one has neither.
    const withoutAsOf = <T extends object>({ asOf: _asOf, labelsThen: _labels, ...rest }: T & PastView) => rest;
    expect(withoutAsOf(await restored.board.get({ projectId }))).toEqual(
      withoutAsOf(await original.board.get({ projectId, at })),
    );
    expect(await restored.history.list({ projectId, limit: 100 })).toEqual(
      await original.history.list({ projectId, limit: 100, at }),
    );
    // The live answer also names the build it was read from (toEqual passes over a property set to undefined).
    const live = { ...(await restored.insights.get({ projectId })), version: undefined };
    expect(live).toEqual(await original.insights.get({ projectId, at }));
    const someTask = (await restored.board.get({ projectId })).columns.flatMap((c) => c.tasks)[0]!;
    expect(withoutAsOf(await restored.task.get({ taskId: someTask.id }))).toEqual(
      withoutAsOf(await original.task.get({ taskId: someTask.id, at })),
    );
    // The inbox has no replay: the source's is built now, and the writers' own commands notify nobody.
    await rebuildEveryReadModel(source.db);
    const inbox = await restored.inbox.list();
    expect(inbox.notifications.length).toBeGreaterThan(0);
    expect(inbox).toEqual(await original.inbox.list());
  });

  it('restores with secrets only when asked, and then people keep their sign-in', async () => {
    const withSecrets = path.join(folder, 'with-secrets.ndjson');
    const header = await writeBackup(source, withSecrets, { withSecrets: true });
    expect(header.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['auth_accounts', 'app_secrets']));
    expect(statSync(withSecrets).mode & 0o777).toBe(0o600);
    const target = await restoreTarget();
    await restoreBackup(target.db, withSecrets);
    for (const table of ['auth_accounts', 'sessions', 'app_secrets']) {
      expect(await rowsText(target.db, table), table).toEqual(await rowsText(source.db, table));
    }
  });
});

describe(`restore refuses what it cannot trust, writing nothing, on ${databaseKind}`, () => {
  let good: string;
  let lines: string[];
  beforeAll(async () => {
    good = path.join(folder, 'good.ndjson');
    await writeBackup(source, good);
    lines = readFileSync(good, 'utf8').split('\n');
  });
  const variant = (name: string, content: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };
  const expectNothingWritten = async (db: Database) => {
    for (const table of ['events', 'users', 'streams', 'processed_commands', 'projects_view']) {
      expect((await rowsText(db, table))?.n, table).toBe(0);
    }
  };

  it('a database that is not empty', async () => {
    const before = await rowsText(source.db, 'events');
    await expect(restoreBackup(source.db, good)).rejects.toThrow(TargetNotEmptyError);
    await expect(restoreBackup(source.db, good)).rejects.toThrow(
      /^The database is not empty \(events, .*\): restore writes only into an empty database/,
    );
    expect(await rowsText(source.db, 'events')).toEqual(before);
  });

  it('a tampered file, by its checksum', async () => {
    const target = await restoreTarget();
    const tampered = lines.map((line) => line.replace('"Chronicle Website"', '"Someone Else\'s"'));
    expect(tampered).not.toEqual(lines);
    const file = variant('tampered.ndjson', tampered.join('\n'));
    await expect(restoreBackup(target.db, file)).rejects.toThrow(
      "the rows do not match the header's SHA-256: the file was changed or damaged after it was written",
    );
    await expectNothingWritten(target.db);
  });

  it('a truncated file, naming the line', async () => {
    const target = await restoreTarget();
    const cutMidLine = lines.join('\n').slice(0, lines.slice(0, 40).join('\n').length + 25);
    await expect(restoreBackup(target.db, variant('cut.ndjson', cutMidLine))).rejects.toThrow(
      'Line 41: not valid JSON (the file may be truncated or damaged)',
    );
    const cutAtLine = `${lines.slice(0, 40).join('\n')}\n`;
    await expect(restoreBackup(target.db, variant('cut-line.ndjson', cutAtLine))).rejects.toThrow(
      /^Line 41: the file ends after 39 of the \d+ rows its header counts: it is truncated$/,
    );
    await expectNothingWritten(target.db);
  });

  it('a file that is no backup, or a row out of place', async () => {
    const target = await restoreTarget();
    await expect(restoreBackup(target.db, variant('other.ndjson', '{"hello":1}\n'))).rejects.toThrow(
      'Line 1: not a Chronicle backup',
    );
    const swapped = [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n');
    await expect(restoreBackup(target.db, variant('swapped.ndjson', swapped))).rejects.toThrow(BackupFileError);
    const foreign = [...lines.slice(0, 2), lines[1]!.replace('"table":"events"', '"table":"users"'), ...lines.slice(3)];
    await expect(restoreBackup(target.db, variant('foreign.ndjson', foreign.join('\n')))).rejects.toThrow(
      /^Line 3: expected a row of events \(the header counts \d+\), found one of users$/,
    );
    await expectNothingWritten(target.db);
  });

  it('rows the database refuses, after inserting earlier ones: the whole restore is rolled back', async () => {
    const target = await restoreTarget();
    // A valid file whose last user repeats an e-mail address: only the insert finds it, after the log is written.
    const header = JSON.parse(lines[0]!) as { tables: { name: string; rows: number }[]; sha256: string };
    const userLines = lines.filter((line) => line.startsWith('{"table":"users"'));
    const copy = userLines[0]!.replace(/"id":"[^"]+"/, '"id":"00000000-0000-4000-8000-000000000001"');
    const content = lines.slice(1).filter((line) => line !== '');
    content.splice(content.indexOf(userLines.at(-1)!) + 1, 0, copy);
    header.tables.find((t) => t.name === 'users')!.rows++;
    header.sha256 = createHash('sha256')
      .update(content.map((line) => `${line}\n`).join(''))
      .digest('hex');
    const file = variant('duplicate.ndjson', [JSON.stringify(header), ...content, ''].join('\n'));
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/could not be written to users/);
    await expectNothingWritten(target.db);
  });
});
