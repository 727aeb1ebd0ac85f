import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type postgres from 'postgres';
import { APP_NAME } from './app-server';

export interface Fault {
  readonly name: string;
  /** When it strikes: the share of the commands answered so far. */
  readonly at: number;
  /** Does the damage and waits until it is over (the app is back, the database is up); returns what it saw. */
  run(): Promise<string[]>;
}

export interface FaultRecord {
  readonly name: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly notes: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Strikes each fault when the load has got that far, one after the other, while the clients go on. */
export async function driveFaults(
  faults: readonly Fault[],
  progress: () => number,
  finished: () => boolean,
): Promise<FaultRecord[]> {
  const records: FaultRecord[] = [];
  for (const fault of [...faults].sort((a, b) => a.at - b.at)) {
    while (progress() < fault.at) {
      if (finished()) return records;
      await sleep(50);
    }
    console.log(`  fault: ${fault.name}`);
    const startedAt = performance.now();
    const notes = await fault.run();
    records.push({ name: fault.name, startedAt, endedAt: performance.now(), notes });
    for (const note of notes) console.log(`    ${note}`);
  }
  return records;
}

export function killFault(at: number, killAndRestart: () => Promise<{ downMs: number }>, restartedWith: string): Fault {
  return {
    name: 'kill -9 of the app server, then a new one started',
    at,
    run: async () => {
      const { downMs } = await killAndRestart();
      return [`the app answered again ${seconds(downMs)} after the SIGKILL (including next start)${restartedWith}`];
    },
  };
}

/**
 * Holds the position counter's row lock, as a stuck transaction would: every command blocks at its last step with a
 * connection of the app's pool, the pool fills, and whatever else needs a connection (session lookups) waits too.
 * With a statement_timeout shorter than the hold, the waiting statements are cancelled instead.
 */
export function stallFault(at: number, sql: postgres.Sql, database: string, holdMs: number, why: string): Fault {
  return {
    name: `position counter held for ${seconds(holdMs)} (${why})`,
    at,
    run: async () => {
      const waiting = await holdCounter(sql, database, holdMs);
      return [`app connections waiting on the lock halfway through: ${waiting}`];
    },
  };
}

/** What a database restart does to the app, on this database alone: its connections are terminated mid-work. */
export function dropConnectionsFault(at: number, sql: postgres.Sql, database: string): Fault {
  return {
    name: "the app's database connections terminated (pg_terminate_backend)",
    at,
    run: async () => {
      const rows = await sql`
        select pg_terminate_backend(pid) from pg_stat_activity
        where datname = ${database} and application_name = ${APP_NAME}`;
      return [`${rows.length} connections terminated`];
    },
  };
}

export function restartDatabaseFault(at: number): Fault {
  return {
    name: 'PostgreSQL restarted (pg_ctlcluster restart)',
    at,
    run: async () => {
      const [version] = readdirSync('/etc/postgresql');
      if (!version) throw new Error('No cluster under /etc/postgresql to restart');
      const started = performance.now();
      // Asynchronously: the clients live in this process and must go on sending while the server is down.
      await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart']);
      return [`pg_ctlcluster ${version} main restart took ${seconds(performance.now() - started)}`];
    },
  };
}

async function holdCounter(sql: postgres.Sql, database: string, holdMs: number): Promise<number> {
  let waiting = 0;
  await sql.begin(async (tx) => {
    await tx`select value from event_position where id = 1 for update`;
    await sleep(holdMs / 2);
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity
      where datname = ${database} and application_name = ${APP_NAME} and wait_event_type = 'Lock'`;
    waiting = row?.n ?? 0;
    await sleep(holdMs / 2);
  });
  return waiting;
}
