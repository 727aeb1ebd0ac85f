import { mkdirSync, writeFileSync } from 'node:fs';
import type { CheckResult } from './check-logic';
import type { CommandRecord, LoadLog } from './clients';
import type { FaultReport } from './fault-report';
import { latencies, tally, type Latencies } from './stats';

export interface Figures {
  clients: number;
  commands: number;
  seconds: number;
  commandsPerSecond: number;
  okPerSecond: number;
  latencyMs: Latencies;
  ok: number;
  okNoChange: number;
  conflicts: number;
  refusals: [string, number][];
  /** What the refusals said, with names and numbers taken out so that alike ones count together. */
  refusalReasons: [string, number][];
  retries: { attempts: number; commands: number };
  errors: [string, number][];
  gaveUp: number;
  patienceS: number;
  lost: number;
}

export function summarise(
  log: LoadLog,
  { clients, patienceMs }: { clients: number; patienceMs: number },
  ms: number,
  lost: number,
): Figures {
  const { records } = log;
  const outcomes = (o: CommandRecord['final']['outcome']) => records.filter((r) => r.final.outcome === o);
  const ok = outcomes('ok');
  const answered = records.filter((r) => r.final.outcome !== 'gave_up');
  return {
    clients,
    commands: records.length,
    seconds: ms / 1000,
    commandsPerSecond: answered.length / (ms / 1000),
    okPerSecond: ok.length / (ms / 1000),
    latencyMs: latencies(answered.map((r) => r.endedAt - r.startedAt)),
    ok: ok.length,
    okNoChange: ok.filter((r) => r.final.outcome === 'ok' && r.final.result.position === null).length,
    conflicts: outcomes('conflict').length,
    refusals: tally(records.flatMap((r) => (r.final.outcome === 'refused' ? [r.final.label] : []))),
    refusalReasons: tally(records.flatMap((r) => (r.final.outcome === 'refused' ? [reason(r.final.message)] : []))),
    retries: {
      attempts: records.reduce((n, r) => n + r.attempts - 1, 0),
      commands: records.filter((r) => r.attempts > 1).length,
    },
    errors: tally(log.failures.map((f) => f.label)),
    gaveUp: outcomes('gave_up').length,
    patienceS: patienceMs / 1000,
    lost,
  };
}

const reason = (message: string) =>
  message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'ID')
    .replace(/\d+/g, 'N');

const n = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number | null) => (value === null ? '-' : `${n(value)} ms`);

export function printReport(figures: Figures, faults: readonly FaultReport[], checks: readonly CheckResult[]) {
  const rows: [string, string][] = [
    ['clients', n(figures.clients)],
    ['commands sent', `${n(figures.commands)} in ${figures.seconds.toFixed(1)} s`],
    ['commands/s (answered)', figures.commandsPerSecond.toFixed(1)],
    ['commands/s (ok)', figures.okPerSecond.toFixed(1)],
    [
      'latency p50 / p95 / p99 / max',
      [figures.latencyMs.p50, figures.latencyMs.p95, figures.latencyMs.p99, figures.latencyMs.max].map(ms).join(' / '),
    ],
    ['ok (2xx)', `${n(figures.ok)} (${n(figures.okNoChange)} of them changed nothing)`],
    ['conflicts (409)', n(figures.conflicts)],
    ...figures.refusals.map(([label, count]): [string, string] => [`refused: ${label}`, n(count)]),
    ...figures.refusalReasons
      .slice(0, 6)
      .map(([message, count]): [string, string] => [`  ${message.slice(0, 70)}`, n(count)]),
    ['retries', `${n(figures.retries.attempts)} attempts sent again, for ${n(figures.retries.commands)} commands`],
    ...figures.errors.map(([label, count]): [string, string] => [`error: ${label}`, n(count)]),
    [`gave up (no final answer in ${figures.patienceS} s)`, n(figures.gaveUp)],
    ['lost', n(figures.lost)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('\nFigures');
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);

  if (faults.length > 0) console.log('\nFaults');
  for (const fault of faults) {
    console.log(`  ${fault.name}: lasted ${fault.lastedS.toFixed(1)} s`);
    for (const note of fault.notes) console.log(`    ${note}`);
    const again = fault.servedAgainAfterS === null ? 'never' : `${fault.servedAgainAfterS.toFixed(1)} s after it began`;
    console.log(`    commands ok again: ${again}; errors until ${fault.errorsForS.toFixed(1)} s after it began`);
    const rate = (r: number | null) => (r === null ? '-' : r.toFixed(1));
    console.log(
      `    ok/s in the 30 s before: ${rate(fault.okPerSecondBefore)}, after: ${rate(fault.okPerSecondAfter)}; ` +
        `longest wait of a command caught in it: ${ms(fault.longestWaitMs)}`,
    );
    const saw = fault.clientsSaw.map(([label, count]) => `${count} × ${label}`).join('; ');
    console.log(`    clients saw: ${saw || 'no errors, only waiting'}`);
    if (fault.laterErrors > 0) console.log(`    later failed requests before the next fault: ${fault.laterErrors}`);
  }

  console.log('\nChecks');
  for (const check of checks) console.log(`  ${check.ok ? 'pass' : 'FAIL'}  ${check.name}: ${check.detail}`);
}

export function writeResults(stamp: string, results: object): string {
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/load-${stamp}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2));
  return file;
}
