import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { readProjectHistory } from '../event-store';
import { readInsights } from '../queries/insights';
import { recentReplays } from '../replay/recent-replays';
import { insightsAt } from '../replay/views-at';
import { seedDemo } from '../tools/seed/demo';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { asyncProjection } from './async';
import { asyncReadModels } from './registry';
import { catchUp } from './runner';

let handle: DatabaseHandle;
let projectId: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  ({ projectId } = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') }));
});
afterAll(() => handle.close());

const POINTS = 15;

describe(`Insights as of a point on ${databaseKind}`, () => {
  it('are exactly what the live view showed when the log ended there, at points all over the demo history', async () => {
    const history = await readProjectHistory(handle.db, projectId, { limit: 1_000 });
    const positions = [
      ...new Set(Array.from({ length: POINTS }, (_, k) => Math.round((k * (history.length - 1)) / (POINTS - 1)))),
    ].map((i) => history[i]!.position);
    const insights = asyncProjection(asyncReadModels.find((m) => m.name === 'insights')!);

    // The live view as it was: the async build in SQL brought up to exactly each point, then read as the page does.
    const live = new Map<number, Extract<Awaited<ReturnType<typeof readInsights>>, { ready: true }>>();
    for (const position of positions) {
      await catchUp(handle.db, insights, undefined, { upTo: position });
      const shown = await readInsights(handle.db, projectId);
      if (!shown.ready) throw new Error(`Insights not ready at ${position}`);
      expect(shown.position).toBe(position);
      live.set(position, shown);
    }
    const completed = [...live.values()].map((a) => a.cycleTimes.length);
    expect(new Set(completed).size, 'the points should see different numbers of completed tasks').toBeGreaterThan(3);

    // Then, with the whole history in the log, each point replayed, latest first and from scratch.
    for (const position of [...positions].reverse()) {
      recentReplays.forget();
      const shown = live.get(position)!;
      // The replay has no build of its own: everything else is compared.
      const replayed = { ...(await insightsAt(handle.db, projectId, position)), version: shown.version };
      expect(replayed, `as of position ${position}`).toEqual(shown);
    }
  });
});
