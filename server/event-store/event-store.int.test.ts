import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '@/domain';
import type { DatabaseHandle } from '../db/types';
import { isDatabaseUnreachable } from '../db/failures';
import { connectAs, databaseKind, openAnotherPool, openTestDatabase } from '../tools/testing/database';
import {
  appendToStreams,
  ConcurrencyError,
  readAll,
  readProjectHistory,
  readStream,
  type EventMetadata,
} from './index';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const metadata = (): EventMetadata => {
  const commandId = randomUUID();
  return { actorId: randomUUID(), commandId, correlationId: commandId, causationId: commandId };
};
const renamed = (name: string): DomainEvent => ({ type: 'ProjectRenamed', data: { name } });

async function append(
  streamId: string,
  projectId: string,
  expectedVersion: number,
  events: DomainEvent[],
  db = handle.db,
) {
  return db.transaction((tx) =>
    appendToStreams(tx, [{ streamId, projectId, expectedVersion, events }], metadata(), new Date()),
  );
}

describe(`event store on ${databaseKind}`, () => {
  it('appends events and reads a stream back in order with their metadata', async () => {
    const projectId = randomUUID();
    const stream = `project-${projectId}`;
    const first = await append(stream, projectId, 0, [renamed('a'), renamed('b')]);
    await append(stream, projectId, 2, [renamed('c')]);
    const events = await readStream(handle.db, stream);
    expect(events.map((e) => [e.streamVersion, e.data])).toEqual([
      [1, { name: 'a' }],
      [2, { name: 'b' }],
      [3, { name: 'c' }],
    ]);
    expect(events[0]).toMatchObject({
      type: 'ProjectRenamed',
      schemaVersion: 1,
      projectId,
      metadata: first[0]!.metadata,
    });
    expect(events[1]!.position).toBe(events[0]!.position + 1);
  });

  it('refuses an append on a stream that moved on, and writes none of it', async () => {
    const projectId = randomUUID();
    const stream = `project-${projectId}`;
    await append(stream, projectId, 0, [renamed('a')]);
    await expect(append(stream, projectId, 0, [renamed('b')])).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(append(stream, projectId, 5, [renamed('b')])).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await readStream(handle.db, stream)).toHaveLength(1);
  });

  it('writes several streams atomically: one conflict and none of them is written', async () => {
    const projectId = randomUUID();
    const [a, b] = [`project-${projectId}`, `task-${randomUUID()}`];
    await append(a, projectId, 0, [renamed('a')]);
    const writes = [
      { streamId: b, projectId, expectedVersion: 0, events: [renamed('new stream')] },
      { streamId: a, projectId, expectedVersion: 0, events: [renamed('stale')] },
    ];
    await expect(
      handle.db.transaction((tx) => appendToStreams(tx, writes, metadata(), new Date())),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await readStream(handle.db, b)).toEqual([]);
  });

  it('keeps the log append-only: updates and deletes are refused by the database', async () => {
    await append(`project-${randomUUID()}`, randomUUID(), 0, [renamed('kept')]);
    await expect(handle.db.execute(sql`update events set type = 'Changed'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from events`)).rejects.toThrow();
  });

  it("reads one project's history in global order, a page at a time", async () => {
    const projectId = randomUUID();
    const other = randomUUID();
    for (let i = 0; i < 5; i++) {
      await append(`task-${projectId}-${i}`, projectId, 0, [renamed(`mine ${i}`)]);
      await append(`task-${other}-${i}`, other, 0, [renamed(`other ${i}`)]);
    }
    const firstPage = await readProjectHistory(handle.db, projectId, { limit: 3 });
    const secondPage = await readProjectHistory(handle.db, projectId, { after: firstPage.at(-1)!.position, limit: 3 });
    const names = [...firstPage, ...secondPage].map((e) => (e.data as { name: string }).name);
    expect(names).toEqual(['mine 0', 'mine 1', 'mine 2', 'mine 3', 'mine 4']);
  });

  it('never lets a reader miss an event: positions become visible in order under concurrent writers', async () => {
    const projectId = randomUUID();
    const writers = 8;
    const appendsPerWriter = 12;
    const seen: number[] = [];
    let lastSeen = (await readAll(handle.db, { after: 0, limit: 1_000_000 })).at(-1)?.position ?? 0;
    const progress = { done: false };

    const reader = (async () => {
      while (!progress.done) {
        const batch = await readAll(handle.db, { after: lastSeen, limit: 1_000 });
        for (const event of batch) seen.push(event.position);
        lastSeen = batch.at(-1)?.position ?? lastSeen;
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < appendsPerWriter; i++) {
          await handle.db.transaction(async (tx) => {
            await appendToStreams(
              tx,
              [
                {
                  streamId: `task-${projectId}-${w}-${i}`,
                  projectId,
                  expectedVersion: 0,
                  events: [renamed(`${w}.${i}`)],
                },
              ],
              metadata(),
              new Date(),
            );
            // Hold the transaction open a while after taking positions, as a slow command would.
            await tx.execute(sql`select pg_sleep(${Math.random() / 100})`);
          });
        }
      }),
    );
    progress.done = true;
    await reader;
    seen.push(...(await readAll(handle.db, { after: lastSeen, limit: 1_000 })).map((e) => e.position));

    const written = (await readProjectHistory(handle.db, projectId, { limit: 1_000 })).map((e) => e.position);
    expect(written).toHaveLength(writers * appendsPerWriter);
    expect(seen.filter((p) => written.includes(p))).toEqual(written);
  });
});

// PGlite runs in this process: it has no connection to lose, so these exist on PostgreSQL only.
if (databaseKind === 'PostgreSQL') {
  describe('connections lost in the middle of an append (a database restart, a terminated backend)', () => {
    it('fail the append clearly, write none of it, and leave the pool serving', async () => {
      // A pool of two, both connections lost: a pool that kept either of them broken would stall what follows. This is
      // what patches/postgres+3.4.9.patch mends (porsager/postgres#1199, #1154): without it, the appends below hang.
      const pool = await openAnotherPool(handle.db, 2);
      // What the database server does, not the app: the harness ends the sessions as the server's superuser.
      const admin = await connectAs('admin', handle.db);
      try {
        const projectId = randomUUID();
        const pids: number[] = [];
        const attempts = [0, 1].map((n) =>
          pool.db
            .transaction(async (tx) => {
              const [row] = await tx.select({ pid: sql<number>`pg_backend_pid()` }).from(sql`(values (1)) as one`);
              pids.push(row!.pid);
              await appendToStreams(
                tx,
                [{ streamId: `task-${projectId}-${n}`, projectId, expectedVersion: 0, events: [renamed(`lost ${n}`)] }],
                metadata(),
                new Date(),
              );
              await tx.execute(sql`select pg_sleep(30)`);
            })
            .then(
              () => 'committed',
              (error: unknown) => error,
            ),
        );
        await expect.poll(() => pids.length).toBe(2);
        for (const pid of pids) await admin`select pg_terminate_backend(${pid})`;

        for (const outcome of await Promise.all(attempts)) expect(isDatabaseUnreachable(outcome)).toBe(true);
        expect(await readProjectHistory(handle.db, projectId, { limit: 10 })).toEqual([]);

        for (let n = 0; n < 6; n++) {
          await append(`task-${projectId}-${n}`, projectId, 0, [renamed(`after ${n}`)], pool.db);
        }
        expect(await readProjectHistory(handle.db, projectId, { limit: 10 })).toHaveLength(6);
      } finally {
        await admin.end();
        await pool.close();
      }
    });
  });
}
