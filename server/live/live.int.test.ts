import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../db/types';
import { appendToStreams, projectStreamId } from '../event-store';
import { activeVersion } from '../queries/insights';
import { asyncProjections, startProjectionRunners } from '../read-models/async';
import { connectAs, databaseKind, openAnotherPool, openTestDatabase } from '../tools/testing/database';
import { eventHub } from './hub';
import { projectHead, watchProject, type ProjectChange } from './watch-project';

let handle: DatabaseHandle;
/** Another app instance on the same database: a second handle on PostgreSQL; PGlite has a single one. */
let other: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  other = process.env.DATABASE_URL ? await openAnotherPool(handle.db, 2) : handle;
});
afterAll(async () => {
  if (other !== handle) await other.close();
  await handle.close();
});

/** A project's stream written to directly: the live updates care only that events of a project commit. */
function newProject() {
  const projectId = randomUUID();
  let version = 0;
  const append = async (db: Database, count = 1) => {
    const stored = await db.transaction((tx) =>
      appendToStreams(
        tx,
        [
          {
            streamId: projectStreamId(projectId),
            projectId,
            expectedVersion: version,
            events: Array.from({ length: count }, (_, i) => ({
              type: 'ProjectRenamed' as const,
              data: { name: `Name ${version + i}` },
            })),
          },
        ],
        { actorId: randomUUID(), commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID() },
        new Date(),
      ),
    );
    version += count;
    return stored.map((e) => e.position);
  };
  return { projectId, append };
}

/** Follows a watch in the background; `settle` gives it time to make its first read and start waiting. */
async function follow(changes: AsyncGenerator<ProjectChange>) {
  const seen: ProjectChange[] = [];
  void (async () => {
    for await (const change of changes) seen.push(change);
  })();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return seen;
}

const reached = (seen: ProjectChange[], position: number, timeout: number) =>
  expect.poll(() => seen.at(-1)?.position, { timeout, interval: 10 }).toBe(position);

const positionsOf = (changes: ProjectChange[]) => changes.flatMap((c) => c.events.map((e) => e.position));
const neverWakes = { subscribe: () => () => {} };

describe(`live updates on ${databaseKind}`, () => {
  it('wakes a waiting watch as soon as another instance commits an event of its project', async () => {
    const project = newProject();
    const [start] = await project.append(handle.db);
    const stop = new AbortController();
    // Without the notification the watch would sleep for a minute.
    const seen = await follow(watchProject(handle.db, project.projectId, start!, stop.signal, { fallbackMs: 60_000 }));

    await newProject().append(other.db);
    const positions = await project.append(other.db, 2);
    await reached(seen, positions.at(-1)!, 1_000);
    expect(positionsOf(seen)).toEqual(positions);
    expect(seen.at(-1)!.events[0]).toMatchObject({ type: 'ProjectRenamed', taskId: null });
    stop.abort();
  });

  it('resumes from a position with exactly the events after it, in order, a batch at a time', async () => {
    const project = newProject();
    const positions = await project.append(handle.db, 7);
    const stop = new AbortController();
    const seen = await follow(
      watchProject(handle.db, project.projectId, positions[1]!, stop.signal, { hub: neverWakes, batchSize: 2 }),
    );
    await reached(seen, positions.at(-1)!, 1_000);
    expect(positionsOf(seen)).toEqual(positions.slice(2));
    expect(seen.map((c) => c.position)).toEqual([positions[3], positions[5], positions[6]]);
    expect(await projectHead(handle.db, project.projectId)).toBe(positions.at(-1));
    stop.abort();
  });

  it('still catches up by its fallback poll when the notification is lost', async () => {
    const project = newProject();
    const [start] = await project.append(handle.db);
    const stop = new AbortController();
    const seen = await follow(
      watchProject(handle.db, project.projectId, start!, stop.signal, { hub: neverWakes, fallbackMs: 300 }),
    );
    const positions = await project.append(other.db, 3);
    await reached(seen, positions.at(-1)!, 2_000);
    expect(positionsOf(seen)).toEqual(positions);
    stop.abort();
  });

  it('stops when aborted, even while waiting, and lets go of the hub', async () => {
    const project = newProject();
    const [start] = await project.append(handle.db);
    let subscribed = 0;
    const hub = {
      subscribe: () => {
        subscribed++;
        return () => {
          subscribed--;
        };
      },
    };
    const stop = new AbortController();
    const changes = watchProject(handle.db, project.projectId, start!, stop.signal, { hub, fallbackMs: 60_000 });
    const next = changes.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(subscribed).toBe(1);
    stop.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(subscribed).toBe(0);
  });

  // PGlite has no connection to lose (it runs in this process): the test exists on PostgreSQL only.
  if (databaseKind === 'PostgreSQL') {
    it('listens again when the LISTEN connection is lost, and wakes every watch in case it missed something', async () => {
      const project = newProject();
      const [start] = await project.append(handle.db);
      const stop = new AbortController();
      const seen = await follow(
        watchProject(handle.db, project.projectId, start!, stop.signal, { fallbackMs: 60_000 }),
      );

      // The server loses the connection (the harness ends it as the superuser), not the app.
      const admin = await connectAs('admin', handle.db);
      try {
        const listeners = await admin`
          select pg_terminate_backend(pid) as terminated from pg_stat_activity
          where datname = current_database() and query ilike 'listen%'`;
        expect(listeners).toEqual([{ terminated: true }]);
      } finally {
        await admin.end();
      }
      const positions = await project.append(other.db, 2);
      await reached(seen, positions.at(-1)!, 5_000);
      expect(positionsOf(seen)).toEqual(positions);
      stop.abort();
    });
  }

  it('lets the asynchronous projections catch up on a notification instead of waiting for their poll', async () => {
    const stopRunners = startProjectionRunners(handle.db, asyncProjections, {
      everyMs: 60_000,
      subscribe: (wake) => eventHub(handle.db).subscribe(wake),
    });
    try {
      await expect.poll(() => activeVersion(handle.db, 'insights'), { timeout: 10_000 }).toBeDefined();
      const positions = await newProject().append(other.db);
      await expect
        .poll(async () => (await activeVersion(handle.db, 'insights'))?.position, { timeout: 1_000, interval: 20 })
        .toBe(positions[0]);
    } finally {
      stopRunners();
    }
  });
});
