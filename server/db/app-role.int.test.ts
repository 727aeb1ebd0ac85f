import { randomUUID } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToStreams, readStream } from '../event-store';
import {
  connectAs,
  databaseKind,
  executeAsOwner,
  openAnotherPool,
  openTestDatabase,
  urlsOf,
} from '../tools/testing/database';
import { APP_ROLE } from '../tools/testing/test-roles';
import { openDatabase } from './open';
import { events, inboxEvents } from './schema';
import type { DatabaseHandle } from './types';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await append(`project-${randomUUID()}`, 2);
});
afterAll(() => handle.close());

async function append(streamId: string, count: number, db = handle.db) {
  const commandId = randomUUID();
  const metadata = { actorId: randomUUID(), commandId, correlationId: commandId, causationId: commandId };
  return db.transaction((tx) =>
    appendToStreams(
      tx,
      [
        {
          streamId,
          projectId: randomUUID(),
          expectedVersion: 0,
          events: Array.from({ length: count }, (_, i) => ({ type: 'ProjectRenamed', data: { name: `${i}` } })),
        },
      ],
      metadata,
      new Date(),
    ),
  );
}

const theLog = () => handle.db.select().from(events).orderBy(asc(events.position));
const triggers = () =>
  handle.db.execute(sql`
    select tgname as name, tgenabled as enabled from pg_trigger
    where tgrelid = 'events'::regclass and not tgisinternal order by tgname`);
const bothEnabled = [
  { name: 'events_append_only', enabled: 'O' },
  { name: 'events_no_truncate', enabled: 'O' },
];

/** The SQLSTATE and message a statement was refused with, under however many wrappers (Drizzle's). */
async function refusalOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      const { code } = e as { code?: unknown };
      if (typeof code === 'string') return { code, message: e.message };
    }
    throw error;
  }
  return 'not refused';
}

// On PGlite, the owner of the table is the app's own (and only) connection: there the triggers hold against the
// app's code, and nothing keeps SQL sent through that connection from dropping them. It is one process, no roles.
describe(`the append-only triggers on ${databaseKind}`, () => {
  it.each(['update events set type = $$Changed$$', 'delete from events', 'truncate events'])(
    'refuse the owner of the table: %s',
    async (statement) => {
      const before = await theLog();
      expect(await refusalOf(executeAsOwner(handle.db, statement))).toMatchObject({
        code: 'P0001',
        message: expect.stringMatching(/the events table is append-only/) as unknown,
      });
      expect(await theLog()).toEqual(before);
    },
  );

  it.each(['update inbox_events set type = $$Changed$$', 'delete from inbox_events', 'truncate inbox_events'])(
    'refuse the owner of the inbox log too: %s',
    async (statement) => {
      await handle.db.insert(inboxEvents).values({
        userId: randomUUID(),
        version: 1,
        type: 'NotificationsRead',
        data: { upTo: 1, positions: [] },
        commandId: randomUUID(),
        recordedAt: new Date(),
      });
      const before = await handle.db.select().from(inboxEvents);
      expect(await refusalOf(executeAsOwner(handle.db, statement))).toMatchObject({
        code: 'P0001',
        message: expect.stringMatching(/the inbox_events table is append-only/) as unknown,
      });
      expect(await handle.db.select().from(inboxEvents)).toEqual(before);
    },
  );
});

// Roles exist on a PostgreSQL server only: these run there, as the app connects with DATABASE_OWNER_URL set.
if (databaseKind === 'PostgreSQL') {
  describe("the app's restricted role", () => {
    it.each([
      'update events set type = $$Changed$$',
      'delete from events',
      'truncate events',
      'alter table events disable trigger events_append_only',
      'alter table events disable trigger all',
      'drop trigger events_append_only on events',
      'drop table events',
      `alter table events owner to ${APP_ROLE}`,
      'create or replace function events_refuse_change() returns trigger language plpgsql as $$ begin return new; end $$',
      'set session_replication_role = replica',
    ])('may not: %s (42501), and the log stays as it was', async (statement) => {
      const before = await theLog();
      expect(await refusalOf(handle.db.execute(sql.raw(statement)))).toMatchObject({ code: '42501' });
      expect(await theLog()).toEqual(before);
      expect(await triggers()).toEqual(bothEnabled);
    });

    it('reads and appends through the event store', async () => {
      const streamId = `task-${randomUUID()}`;
      const appended = await append(streamId, 3);
      expect(await readStream(handle.db, streamId)).toEqual(appended);
    });
  });

  describe('starting with DATABASE_URL and DATABASE_OWNER_URL', () => {
    it('refuses a superuser as the app, and the owner', async () => {
      const urls = await urlsOf(handle.db);
      await expect(openDatabase({ kind: 'postgres', url: urls.admin, ownerUrl: urls.owner })).rejects.toThrow(
        /DATABASE_URL connects as \w+, which is a superuser/,
      );
      await expect(openDatabase({ kind: 'postgres', url: urls.owner, ownerUrl: urls.owner })).rejects.toThrow(
        /which owns the tables/,
      );
    });

    it('grants again after migrating: what was added is taken back, tables made since are covered', async () => {
      await executeAsOwner(handle.db, `grant update, truncate on events to ${APP_ROLE}`);
      await executeAsOwner(handle.db, 'create table made_since (id int primary key)');
      const restarted = await openAnotherPool(handle.db, 1);
      try {
        expect(await refusalOf(restarted.db.execute(sql`update events set type = 'Changed'`))).toMatchObject({
          code: '42501',
        });
        await restarted.db.execute(sql`insert into made_since values (1)`);
        expect(await restarted.db.execute(sql`select id from made_since`)).toEqual([{ id: 1 }]);
      } finally {
        await restarted.close();
        await executeAsOwner(handle.db, 'drop table made_since');
      }
    });

    it('needs the owner only to migrate: with DATABASE_URL alone it starts on a current schema, and says what is missing', async () => {
      const urls = await urlsOf(handle.db);
      const current = await openDatabase({ kind: 'postgres', url: urls.app, poolSize: 1 });
      await current.close();

      const admin = await connectAs('admin', handle.db);
      const empty = `chronicle_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      try {
        await admin.unsafe(`create database ${empty}`);
        const emptyUrl = Object.assign(new URL(urls.app), { pathname: `/${empty}` }).toString();
        await expect(openDatabase({ kind: 'postgres', url: emptyUrl, poolSize: 1 })).rejects.toThrow(
          /schema is not current .* set DATABASE_OWNER_URL/,
        );
        await expect(
          openDatabase({ kind: 'postgres', url: emptyUrl, ownerUrl: urls.owner, poolSize: 1 }),
        ).rejects.toThrow(/DATABASE_URL names the database chronicle_test_\w+ and DATABASE_OWNER_URL .*: both must/);
      } finally {
        await admin.unsafe(`drop database if exists ${empty} with (force)`);
        await admin.end();
      }
    });
  });
}
