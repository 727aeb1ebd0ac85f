import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../api/root';
import { insightsStatuses, insightsTasks, projectionVersions, tasksView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { appendToStreams, readAll } from '../event-store';
import { readInsights } from '../queries/insights';
import { generateProjectHistory } from '../tools/bench/generate-history';
import { seedDemo } from '../tools/seed/demo';
import { contextAs } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { asyncProjection, type AsyncProjection } from './async';
import { insights } from './insights';
import { asyncReadModels } from './registry';
import { catchUp, runBatch, startBuild } from './runner';

const insightsProjection = asyncProjection(asyncReadModels.find((m) => m.name === insights.name)!);
/** The same read model as if its code had changed: another fingerprint. */
const changedCode = { ...insightsProjection, version: `${insightsProjection.version}-changed` };

let handle: DatabaseHandle;
let projectId: string;
let ownerId: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  ({ projectId, ownerId } = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') }));
});
afterAll(() => handle.close());

/** A projection that only records which positions it was given, to watch the runner itself. */
function recorder(name: string, onApply?: () => Promise<void>) {
  const seen: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const projection: AsyncProjection = {
    name,
    version: 'recorder',
    async apply(_tx, events) {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      try {
        await onApply?.();
        seen.push(...events.map((e) => e.position));
      } finally {
        running--;
      }
    },
    discard: () => Promise.resolve(),
  };
  return { projection, seen, mostAtOnce: () => mostAtOnce };
}

/** The insights counts must agree with the live board: one more view of the same history. */
async function expectInsightsToMatchBoard(version: number) {
  const board = await handle.db
    .select({ statusId: tasksView.statusId, n: count() })
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.deleted, false)))
    .groupBy(tasksView.statusId);
  const insights = await handle.db
    .select({ statusId: insightsStatuses.statusId, n: insightsStatuses.tasks })
    .from(insightsStatuses)
    .where(and(eq(insightsStatuses.version, version), eq(insightsStatuses.projectId, projectId)));
  const nonEmpty = insights.filter((s) => s.n > 0).sort((a, b) => a.statusId.localeCompare(b.statusId));
  expect(nonEmpty).toEqual(board.sort((a, b) => a.statusId.localeCompare(b.statusId)));
}

describe(`asynchronous projections on ${databaseKind}`, () => {
  it('resumes exactly where it stopped after a crash in the middle of a batch', async () => {
    const crashing: AsyncProjection = {
      ...insightsProjection,
      async apply(tx, events, build) {
        await insightsProjection.apply(tx, events.slice(0, 7), build);
        throw new Error('the process died here');
      },
    };
    await runBatch(handle.db, insightsProjection, 50);
    await expect(runBatch(handle.db, crashing, 50)).rejects.toThrow('the process died here');
    const [row] = await handle.db.select().from(projectionVersions).where(eq(projectionVersions.name, 'insights'));
    const fifty = (await readAll(handle.db, { limit: 50 })).at(-1)!.position;
    expect(row).toMatchObject({ position: fifty, state: 'building' });

    const outcome = await catchUp(handle.db, insightsProjection);
    expect(outcome).toMatchObject({ caughtUp: true });
    await expectInsightsToMatchBoard(1);
  });

  it('builds the Insights of the demo project from its whole history', async () => {
    const insights = await readInsights(handle.db, projectId);
    if (!insights.ready) throw new Error('insights not ready');
    expect(insights.statuses.map((s) => s.category)).toEqual([
      'backlog',
      'unstarted',
      'started',
      'started',
      'completed',
    ]);
    expect(insights.flow.length).toBeGreaterThanOrEqual(20);
    expect(insights.cycleTimes.length).toBeGreaterThan(0);
    expect(insights.cycleTimes.every((c) => c.days >= 0)).toBe(true);
    expect(insights.throughput.reduce((n, w) => n + w.completed, 0)).toBe(insights.cycleTimes.length);
    const lastDay = insights.flow.at(-1)!;
    const doneId = insights.statuses.at(-1)!.statusId;
    expect(lastDay.counts[doneId]).toBe(insights.cycleTimes.length);

    // As of the end of a day whose counts changed, the flow is the whole flow up to that day.
    const caller = createCaller(contextAs(handle.db, { id: ownerId, name: 'Ana Lima', email: 'ana@chronicle.test' }));
    const changedDay = insights.flow.findIndex(
      (point, i) => i >= 5 && JSON.stringify(point.counts) !== JSON.stringify(insights.flow[i - 1]!.counts),
    );
    const endOfDay = new Date(Date.parse(insights.flow[changedDay]!.day) + 86_399_000);
    const earlier = await caller.insights.get({ projectId, at: { time: endOfDay } });
    if (!earlier.ready) throw new Error('insights as of a point are always ready');
    // Statuses added later were not in the workflow then.
    const then = earlier.statuses.map((st) => st.statusId);
    const upToThatDay = insights.flow.slice(0, changedDay + 1).map(({ day, counts }) => ({
      day,
      counts: Object.fromEntries(then.map((id) => [id, counts[id]])),
    }));
    expect(earlier.flow).toEqual(upToThatDay);
    const atStep = await caller.insights.get({ projectId, at: { step: 100 } });
    expect(atStep.ready && atStep.flow.length).toBeLessThan(insights.flow.length);
  });

  it('builds new code beside the active build and switches when it has caught up (blue/green)', async () => {
    const v2 = changedCode;
    const first = await runBatch(handle.db, v2, 100);
    expect(first).toMatchObject({ applied: 100, caughtUp: false, switched: false });
    expect(await readInsights(handle.db, projectId)).toMatchObject({ ready: true, version: 1 });

    const last = await catchUp(handle.db, v2);
    expect(last).toMatchObject({ caughtUp: true, switched: true });
    expect(await readInsights(handle.db, projectId)).toMatchObject({ ready: true, version: 2 });
    const states = await handle.db.select().from(projectionVersions).where(eq(projectionVersions.name, 'insights'));
    expect(Object.fromEntries(states.map((s) => [s.version, [s.codeVersion, s.state]]))).toEqual({
      1: [insightsProjection.version, 'retired'],
      2: [changedCode.version, 'active'],
    });
    const [leftOver] = await handle.db.select({ n: count() }).from(insightsTasks).where(eq(insightsTasks.version, 1));
    expect(leftOver?.n).toBe(0);
    await expectInsightsToMatchBoard(2);
  });

  it('rebuilds on request beside the active build, which serves until the new one has caught up', async () => {
    const v2 = changedCode;
    const build = await startBuild(handle.db, v2);
    expect(build).toBe(3);
    expect(await runBatch(handle.db, v2, 50)).toMatchObject({ build: 3, caughtUp: false });
    expect(await readInsights(handle.db, projectId)).toMatchObject({ version: 2 });
    await catchUp(handle.db, v2);
    expect(await readInsights(handle.db, projectId)).toMatchObject({ version: 3 });
    await expectInsightsToMatchBoard(3);
  });

  it('lets only one runner work on a projection at a time', async () => {
    const { projection, seen, mostAtOnce } = recorder('one-at-a-time', () => new Promise((r) => setTimeout(r, 20)));
    await runBatch(handle.db, projection, 1);
    const outcomes = await Promise.all([catchUp(handle.db, projection), catchUp(handle.db, projection)]);
    await catchUp(handle.db, projection);
    expect(mostAtOnce()).toBe(1);
    const all = (await readAll(handle.db, { limit: 100_000 })).map((e) => e.position);
    expect(seen).toEqual(all);
    if (handle.kind === 'postgres') expect(outcomes.some((o) => o.busy)).toBe(true);
  });

  it('never skips an event whose transaction commits after a later one was read', async () => {
    const { projection, seen } = recorder('late-commits');
    await catchUp(handle.db, projection);
    const append = (name: string, holdMs: number) =>
      handle.db.transaction(async (tx) => {
        await appendToStreams(
          tx,
          [
            {
              streamId: `project-${randomUUID()}`,
              projectId: randomUUID(),
              expectedVersion: 0,
              events: [{ type: 'ProjectRenamed', data: { name } }],
            },
          ],
          { actorId: randomUUID(), commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID() },
          new Date(),
        );
        await tx.execute(sql`select pg_sleep(${holdMs / 1000})`);
      });
    const slow = append('slow', 300);
    const fast = append('fast', 0);
    const polling = (async () => {
      for (let i = 0; i < 20; i++) {
        await catchUp(handle.db, projection);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    await Promise.all([slow, fast, polling]);
    await catchUp(handle.db, projection);
    const all = (await readAll(handle.db, { limit: 100_000 })).map((e) => e.position);
    expect(seen).toEqual(all);
  });
  it('builds from the first event in large batches on PostgreSQL, and follows the log in small ones', async () => {
    await generateProjectHistory(handle.db, { events: 5_600, tasks: 40 });
    const total = (await readAll(handle.db, { limit: 100_000 })).length;
    const { projection, seen } = recorder('batch-sizes');
    const first = await runBatch(handle.db, projection);
    // PGlite runs one transaction at a time: a request waits for a whole batch there.
    expect(first.applied).toBe(handle.kind === 'postgres' ? 5_000 : 500);
    await catchUp(handle.db, projection);
    expect(seen).toHaveLength(total);

    await generateProjectHistory(handle.db, { events: 600, tasks: 5, seed: 8 });
    const serving = await runBatch(handle.db, projection);
    expect(serving).toMatchObject({ applied: 500, caughtUp: false });
  });
});
