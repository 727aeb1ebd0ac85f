import { SingleBar } from 'cli-progress';
import { max } from 'drizzle-orm';
import { events } from '../../db/schema';
import type { Database } from '../../db/types';
import { asyncProjections, catchUp, startBuild } from '../../read-models/async';
import { rebuildReadModels } from '../../read-models/rebuild';
import { projectionStatus } from '../../read-models/status';
import { openFromEnv } from './open-from-env';

const usage = 'Usage: npm run projections -- status | rebuild NAME | rebuild --all   (NAME: inline, insights)';
const [command, target] = process.argv.slice(2);

const handle = await openFromEnv();
try {
  if (command === 'status') await printStatus(handle.db);
  else if (command === 'rebuild' && target) await rebuild(handle.db, target);
  else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}

async function printStatus(db: Database) {
  const status = await projectionStatus(db);
  console.log(`Log head: position ${status.head}`);
  console.table([
    ...status.inline.map((p) => ({
      projection: p.name,
      kind: 'inline',
      build: '-',
      code: p.codeVersion,
      state: 'active',
      checkpoint: p.position,
      lag: p.lag,
    })),
    ...status.async.flatMap((p) =>
      p.builds.map((b) => ({
        projection: p.name,
        kind: 'async',
        build: b.build,
        code: b.codeVersion,
        state: b.state,
        checkpoint: b.position,
        lag: b.lag,
      })),
    ),
  ]);
}

async function rebuild(db: Database, name: string) {
  const known = ['inline', ...asyncProjections.map((p) => p.name)];
  const names = name === '--all' ? known : [name];
  if (!names.every((n) => known.includes(n))) throw new Error(`No projection named ${name}. ${usage}`);
  const [last] = await db.select({ position: max(events.position) }).from(events);
  const head = last?.position ?? 0;
  for (const projectionName of names) {
    const bar = new SingleBar({
      noTTYOutput: true,
      notTTYSchedule: 2_000,
      format: `${projectionName.padEnd(9)} [{bar}] {percentage}% | {value}/{total} positions | {rate} events/s | ETA {eta}s`,
    });
    bar.start(head, 0, { rate: 0 });
    const started = performance.now();
    const rate = (applied: number) => Math.round(applied / ((performance.now() - started) / 1000));
    if (projectionName === 'inline') {
      const { events: applied } = await rebuildReadModels(db, {
        onProgress: (position, n) => {
          bar.update(position, { rate: rate(n) });
        },
      });
      bar.update(head, { rate: rate(applied) });
    } else {
      const projection = asyncProjections.find((p) => p.name === projectionName);
      if (!projection) continue;
      await startBuild(db, projection);
      let applied = 0;
      const outcome = await catchUp(db, projection, (batch) => {
        applied += batch.applied;
        bar.update(batch.position, { rate: rate(applied) });
      });
      if (outcome.busy) console.log(`\n${projectionName}: another runner holds this build; it will finish it.`);
    }
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${projectionName}: ${head} positions in ${seconds.toFixed(1)} s (${Math.round(head / seconds)} events/s)`,
    );
  }
}
