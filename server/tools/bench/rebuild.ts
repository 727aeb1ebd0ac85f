import { count } from 'drizzle-orm';
import { events } from '../../db/schema';
import type { Database } from '../../db/types';
import { insightsProjection } from '../../projections/async/insights';
import { catchUp, startBuild } from '../../projections/async';
import { rebuildReadModels } from '../../projections/rebuild';
import type { Measure } from './append';

/** Rebuilding every read model from the whole log: the inline tables, then a new build of the Insights. */
export async function rebuildBenchmarks(db: Database, label: string): Promise<Measure[]> {
  const [row] = await db.select({ n: count() }).from(events);
  const total = row?.n ?? 0;
  const time = async (name: string, work: () => Promise<unknown>): Promise<Measure> => {
    const start = performance.now();
    await work();
    return { name: `${name} (${label})`, events: total, seconds: (performance.now() - start) / 1000 };
  };
  return [
    await time('rebuild the inline read models', () => rebuildReadModels(db)),
    await time('build the Insights projection', async () => {
      await startBuild(db, insightsProjection);
      await catchUp(db, insightsProjection);
    }),
  ];
}
