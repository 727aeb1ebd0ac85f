import { mkdirSync, writeFileSync } from 'node:fs';
import { appendBatched, appendOneByOne, fullCommands, rawInsertBaseline, type Measure } from './append';
import { rebuildBenchmarks } from './rebuild';
import { replayBenchmarks, type Timing } from './replay';
import { seedDemo } from '../seed/demo';
import { benchTargets } from './targets';

// Absolute times are noisy on a shared two-core machine; the ratios to a baseline measured in the same run are what
// a reader should compare between runs.
const N = Number(process.env.BENCH_EVENTS ?? 2_000);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 100_000);

const results: {
  target: string;
  measures: (Measure & { perSecond: number; ofBaseline: number })[];
  replay: { events: number; generatedIn: number; timings: Timing[] };
}[] = [];
for (const target of await benchTargets()) {
  const handle = await target.open();
  try {
    const baseline = await rawInsertBaseline(handle.db, N);
    const measures = [
      baseline,
      await appendOneByOne(handle.db, N),
      await appendBatched(handle.db, N * 5),
      await fullCommands(handle.db, N / 2),
    ];
    const demo = await target.open();
    try {
      await seedDemo(demo.db);
      measures.push(...(await rebuildBenchmarks(demo.db, 'demo database')));
    } finally {
      await demo.close();
    }
    const baselineRate = baseline.events / baseline.seconds;
    const replay = await replayBenchmarks(handle.db, HISTORY);
    measures.push(...(await rebuildBenchmarks(handle.db, `${HISTORY.toLocaleString('en')}-event database`)));
    results.push({
      target: target.name,
      replay,
      measures: measures.map((m) => ({
        ...m,
        perSecond: m.events / m.seconds,
        ofBaseline: m.events / m.seconds / baselineRate,
      })),
    });
  } finally {
    await handle.close();
  }
}

for (const { target, measures, replay } of results) {
  console.log(`\n${target}`);
  console.table(
    measures.map((m) => ({
      benchmark: m.name,
      events: m.events,
      'events/s': Math.round(m.perSecond),
      'x baseline': m.ofBaseline.toFixed(2),
    })),
  );
  console.log(
    `${target}: replay on a generated project of ${replay.events} events (generated in ${replay.generatedIn.toFixed(0)} s)`,
  );
  const baseline = replay.timings[0]!.medianMs;
  console.table(
    replay.timings.map((t) => ({
      benchmark: t.name,
      samples: t.samples,
      'median ms': t.medianMs.toFixed(1),
      'p95 ms': t.p95Ms.toFixed(1),
      'x live board': (t.medianMs / baseline).toFixed(1),
    })),
  );
}
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/${new Date().toISOString().replaceAll(':', '-')}.json`;
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
console.log(`\nWritten to ${file}`);
