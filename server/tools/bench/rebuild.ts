import { count } from 'drizzle-orm';
import { events } from '../../db/schema';
import type { Database } from '../../db/types';
import { asyncProjection, catchUp, startBuild } from '../../read-models/async';
import { asyncReadModels } from '../../read-models';
import { rebuildReadModels } from '../../read-models/rebuild';
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
      const insights = asyncProjection(asyncReadModels.find((m) => m.name === 'insights')!);
      await startBuild(db, insights);
      await catchUp(db, insights);
    }),
  ];
}
