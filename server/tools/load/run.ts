import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '../../db/types';
import { openFreshPostgres } from '../testing/fresh-postgres';
import { ensureLoadBuild, startAppServer, type AppServer } from './app-server';
import type { CheckResult } from './check-logic';
import { checkStore, waitForAsyncProjections } from './checks';
import { newLoadLog, runClients, type LoadLog } from './clients';
import { driveFaults, dropConnectionsFault, killFault, restartDatabaseFault, stallFault, type Fault } from './faults';
import { signIn } from './http';
import { parseOptions, type LoadOptions } from './options';
import { describeFaults, type FaultReport } from './fault-report';
import { rowsOf } from '../../db/rows';
import { printReport, summarise, writeResults } from './report';
import { PASSWORD, prepareProject, type LoadProject } from './setup';
import { World } from './workload';

const ASYNC_CATCH_UP_MS = 30_000;
/** The app must answer commands again this soon after a fault began, without being restarted for it. */
const RECOVERY_LIMIT_S = 30;

const options = readOptions();
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('load: skipped (the load suite runs on PostgreSQL only; set DATABASE_URL)');
  process.exit(options.ifPostgres ? 0 : 2);
}
ensureLoadBuild(options.build);

const stamp = new Date().toISOString().replaceAll(':', '-');
const logFile = `bench-results/load-${stamp}-server.log`;
// A fresh clone has no results folder yet; the app's log goes there from the start.
mkdirSync('bench-results', { recursive: true });
const handle = await openFreshPostgres(serverUrl, 'chronicle_load', 4);
const database = await currentDatabase(handle.db);
// The faults are the harness's doing, as the server's superuser; the app runs as its restricted role, as deployed.
const faultSql = postgres(handle.urls.admin, {
  max: 2,
  onnotice: () => {},
  connection: { application_name: 'chronicle-load-faults' },
});
let server: AppServer | undefined;
let exitCode = 1;
try {
  console.log(
    `Load: ${options.clients} clients, ${options.commands.toLocaleString('en')} commands on ${database}; ` +
      `app log in ${logFile}`,
  );
  const project = await prepareProject(handle.db, options.clients, options.hotTasks);
  // With --kill, the app starts without the statement timeout and gets it at the restart, so that the first stall
  // shows a full pool and the second one cancelled statements.
  server = await startAppServer(
    options.port,
    { url: options.faults.kill ? handle.urls.app : withStatementTimeout(), ownerUrl: handle.urls.owner },
    logFile,
  );
  const { log, elapsed, faultReports } = await runLoad(server, project);

  const asyncCheck = await waitForAsyncProjections(handle.db, ASYNC_CATCH_UP_MS);
  await server.stop();
  const { checks, lost } = await checkStore(handle.db, {
    acked: log.records.flatMap((r) =>
      r.final.outcome === 'ok' ? [{ commandId: r.commandId, position: r.final.result.position }] : [],
    ),
    refused: log.records.flatMap((r) =>
      r.final.outcome === 'refused' || r.final.outcome === 'conflict' ? [r.commandId] : [],
    ),
  });
  const allChecks = [...checks, asyncCheck, ...faultReports.map(recoveryCheck)];
  const figures = summarise(log, options, elapsed, lost);
  printReport(figures, faultReports, allChecks);
  const file = writeResults(stamp, {
    at: new Date().toISOString(),
    node: process.version,
    options,
    database,
    figures,
    faults: faultReports,
    workflowReadsFailed: log.failedReads.length,
    checks: allChecks,
  });
  console.log(`\nWritten to ${file}`);
  exitCode = allChecks.every((c) => c.ok) ? 0 : 1;
} finally {
  await server?.stop();
  await faultSql.end({ timeout: 5 });
  if (exitCode === 0) await handle.close();
  else console.log(`Kept database ${database} for a look (drop database ${database} when done).`);
}
process.exit(exitCode);

async function runLoad(app: AppServer, project: LoadProject) {
  const sessions = await Promise.all(
    project.accounts.map(async (a) => ({ userId: a.userId, cookie: await signIn(app.url, a.email, PASSWORD) })),
  );
  const members = project.accounts.map((a) => a.userId);
  const world = new World(project.projectId, members, project.statusIds, project.hotTaskIds);
  const log = newLoadLog();
  const started = performance.now();
  let finished = false;
  const ticker = setInterval(() => {
    printProgress(log, started);
  }, 5_000);
  const faultRun = driveFaults(
    plannedFaults(app),
    () => log.records.length / options.commands,
    () => finished,
  );
  // A fault that fails is reported when awaited below, after the load, not as an unhandled rejection meanwhile.
  faultRun.catch(() => undefined);
  await runClients(app.url, sessions, world, { total: options.commands, patienceMs: options.patienceMs }, log);
  const elapsed = performance.now() - started;
  finished = true;
  clearInterval(ticker);
  return { log, elapsed, faultReports: describeFaults(await faultRun, log, started) };
}

function plannedFaults(app: AppServer): Fault[] {
  const { faults } = options;
  const timeout = faults.statementTimeoutMs;
  const timeoutSetting = `statement_timeout=${timeout} ms`;
  return [
    ...(faults.stall ? [stallFault(0.2, faultSql, database, 3_000, "the app's pool fills up")] : []),
    ...(faults.kill
      ? [
          killFault(
            0.4,
            () => app.killAndRestart(withStatementTimeout()),
            timeout ? `, now with ${timeoutSetting}` : '',
          ),
        ]
      : []),
    ...(timeout === null
      ? []
      : [stallFault(0.55, faultSql, database, Math.max(3_000, timeout * 2), `the app has ${timeoutSetting}`)]),
    ...(faults.dropConnections ? [dropConnectionsFault(0.7, faultSql, database)] : []),
    ...(faults.restartDb ? [restartDatabaseFault(0.85)] : []),
  ];
}

/**
 * Recovered means: once the fault is over (the lock released, the server or the database back), commands succeed
 * again soon, the errors stop soon, and, when the run went on long enough to tell, at least half the throughput of
 * before comes back (a pool with dead connections answers, but slowly).
 */
function recoveryCheck(fault: FaultReport): CheckResult {
  const { servedAgainAfterS: again, errorsForS, lastedS, okPerSecondBefore: before, okPerSecondAfter: after } = fault;
  const rates =
    before !== null && after !== null ? `, ok/s ${before.toFixed(1)} before and ${after.toFixed(1)} after` : '';
  return {
    name: `the app recovers on its own within ${RECOVERY_LIMIT_S} s of the end of: ${fault.name}`,
    ok:
      again !== null &&
      again - lastedS <= RECOVERY_LIMIT_S &&
      errorsForS - lastedS <= RECOVERY_LIMIT_S &&
      (before === null || after === null || after >= before / 2),
    detail:
      again === null
        ? 'no command succeeded afterwards'
        : `the fault lasted ${lastedS.toFixed(1)} s; from its start, commands ok again after ${again.toFixed(1)} s, ` +
          `errors until ${errorsForS.toFixed(1)} s${rates}`,
  };
}

/** postgres.js sends unknown URL parameters as connection settings: the app needs no option of its own for this. */
function withStatementTimeout(): string {
  const timeout = options.faults.statementTimeoutMs;
  if (timeout === null) return handle.urls.app;
  const withTimeout = new URL(handle.urls.app);
  withTimeout.searchParams.set('statement_timeout', String(timeout));
  return withTimeout.toString();
}

function printProgress(log: LoadLog, started: number) {
  const seconds = (performance.now() - started) / 1000;
  const done = log.records.length;
  console.log(
    `  ${seconds.toFixed(0)} s: ${done.toLocaleString('en')}/${options.commands.toLocaleString('en')} answered, ` +
      `${(done / seconds).toFixed(0)}/s, ${log.failures.length} failed attempts so far`,
  );
}

function readOptions(): LoadOptions {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

async function currentDatabase(db: Database): Promise<string> {
  return rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`))[0]!.name;
}
