import { mkdirSync, writeFileSync } from 'node:fs';
import { appendBatched, appendOneByOne, fullCommands, rawInsertBaseline, type Measure } from './append';
import { ensureBenchBuild } from './app-server';
import { httpBenchmarks } from './http';
import { peerBenchmarks } from './peers';
import { rebuildBenchmarks } from './rebuild';
import { replayBenchmarks, type Timing } from './replay';
import { searchBenchmarks } from './search';
import { generateProjectHistory } from './generate-history';
import { seedDemo } from '../seed/demo';
import { benchTargets } from './targets';

// Absolute times are noisy on a shared two-core machine; the ratios to a baseline measured in the same run are what
// a reader should compare between runs.
const N = Number(process.env.BENCH_EVENTS ?? 2_000);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 100_000);
const HTTP_HISTORY = Number(process.env.BENCH_HTTP_HISTORY ?? 20_000);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const onlyPeers = process.argv.includes('--only-peers');
const withPeers = onlyPeers || process.argv.includes('--peers');
const onlySearch = process.argv.includes('--only-search');
const withHttp = !onlyPeers && !onlySearch && !process.argv.includes('--no-http');

/** One line of the report: a rate (events/s) or a latency (ms), and how it compares with its baseline. */
interface Row {
  target: string;
  benchmark: string;
  samples: number;
  rate?: number;
  medianMs?: number;
  p95Ms?: number;
  p99Ms?: number;
  /** events/s ÷ baseline events/s, or median ÷ baseline median. */
  ofBaseline: number;
  baseline: string;
}

const rows: Row[] = [];
if (withHttp) ensureBenchBuild(process.argv.includes('--build'));

const targets = await benchTargets();
if (withPeers && !targets.some((t) => t.name === 'PostgreSQL'))
  console.warn('No PostgreSQL server: no Emmett peer rows.');
for (const target of targets) {
  if (withPeers) {
    for (const row of await peerBenchmarks(target, N)) rows.push({ target: target.name, ...row });
  }
  if (onlyPeers) continue;
  if (onlySearch) {
    const handle = await target.open();
    try {
      const { projectId, ownerId } = await generateProjectHistory(handle.db, { events: HISTORY });
      addLatencies(
        target.name,
        await searchBenchmarks(handle.db, projectId, ownerId),
        `${HISTORY.toLocaleString('en')} events`,
      );
    } finally {
      await handle.close();
    }
    continue;
  }
  const handle = await target.open();
  try {
    const baseline = await rawInsertBaseline(handle.db, N);
    const rates: Measure[] = [
      baseline,
      await appendOneByOne(handle.db, N),
      await appendBatched(handle.db, N * 5),
      await fullCommands(handle.db, N / 2),
    ];
    const demo = await target.open();
    try {
      await seedDemo(demo.db);
      rates.push(...(await rebuildBenchmarks(demo.db, 'demo database')));
    } finally {
      await demo.close();
    }
    const replay = await replayBenchmarks(handle.db, HISTORY);
    rates.push(...(await rebuildBenchmarks(handle.db, `${HISTORY.toLocaleString('en')}-event database`)));
    const baselineRate = baseline.events / baseline.seconds;
    for (const m of rates) {
      rows.push({
        target: target.name,
        benchmark: m.name,
        samples: m.events,
        rate: m.events / m.seconds,
        ofBaseline: m.events / m.seconds / baselineRate,
        baseline: 'raw INSERT',
      });
    }
    addLatencies(target.name, replay.timings, `replay of ${HISTORY.toLocaleString('en')} events`);
    addLatencies(
      target.name,
      await searchBenchmarks(handle.db, replay.projectId, replay.ownerId),
      `${HISTORY.toLocaleString('en')} events`,
    );
  } finally {
    await handle.close();
  }
  if (withHttp) {
    const [floor, command, concurrent, pageFloor, board] = await httpBenchmarks(target, PORT, HTTP_HISTORY);
    addLatencies(target.name, [floor!, command!, concurrent!], 'over HTTP');
    addLatencies(target.name, [pageFloor!, board!], 'over HTTP');
  }
}

/** Latencies against the first of their group, measured in the same run. */
function addLatencies(target: string, timings: Timing[], group: string) {
  const [baseline] = timings;
  for (const t of timings) {
    rows.push({
      target,
      benchmark: `${t.name} (${group})`,
      samples: t.samples,
      medianMs: t.medianMs,
      p95Ms: t.p95Ms,
      p99Ms: t.p99Ms,
      ofBaseline: t.medianMs / baseline!.medianMs,
      baseline: baseline!.name,
    });
  }
}

console.table(
  rows.map((r) => ({
    target: r.target,
    benchmark: r.benchmark,
    'events/s': r.rate === undefined ? '' : Math.round(r.rate),
    'median ms': r.medianMs === undefined ? '' : r.medianMs.toFixed(1),
    'p95 ms': r.p95Ms === undefined ? '' : r.p95Ms.toFixed(1),
    'p99 ms': r.p99Ms === undefined ? '' : r.p99Ms.toFixed(1),
    'x baseline': r.ofBaseline.toFixed(2),
    baseline: r.baseline,
  })),
);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/${new Date().toISOString().replaceAll(':', '-')}.json`;
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
console.log(`\nWritten to ${file}. Baselines: rates against raw single-row INSERT transactions on the same database;`);
console.log('latencies against the first row of their group (a live board read, a trivial query, a trivial page).');
if (withPeers) console.log('Peer rows: against the contender their baseline names, a median of per-round ratios.');
