import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ensureBuild } from '../testing/next-build';

/** The load's own build: another build may be writing `.next` (or serving it) at the same time. */
const DIST_DIR = '.next-load';
const NEXT = 'node_modules/.bin/next';
/** What the app's connections are called in pg_stat_activity, so a fault can drop exactly those. */
export const APP_NAME = 'chronicle-load-app';

/** Builds the load suite's own copy of the app when it has none (or `force`). */
export function ensureLoadBuild(force: boolean) {
  ensureBuild(DIST_DIR, force);
}

export interface AppServer {
  readonly url: string;
  /**
   * kill -9 of the whole process group (no shutdown hook runs, requests in flight are cut), then a new server, on
   * the database at `databaseUrl` (the same one, perhaps with other connection settings) with the same owner.
   */
  killAndRestart(databaseUrl: string): Promise<{ downMs: number }>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * `next start` on the given database (its URL as the app's role, and its owner's), in a process group of its own;
 * resolved once it answers a request.
 */
export async function startAppServer(
  port: number,
  database: { url: string; ownerUrl: string },
  logFile: string,
): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  if (await listening(url)) throw new Error(`Something already answers on port ${port}; pass --port=N`);
  const env = (DATABASE_URL: string): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL,
    DATABASE_OWNER_URL: database.ownerUrl,
    NEXT_DIST_DIR: DIST_DIR,
    NODE_ENV: 'production',
    PGAPPNAME: APP_NAME,
  });
  // A promise, so that stopping during a restart waits for the new server and stops that one.
  let current = start(port, env(database.url), logFile);
  await current;
  return {
    url,
    killAndRestart: async (restartUrl) => {
      const killedAt = performance.now();
      await (await current).end('SIGKILL');
      current = start(port, env(restartUrl), logFile);
      await current;
      return { downMs: performance.now() - killedAt };
    },
    stop: async () => {
      const started = await current.catch(() => undefined);
      await started?.end('SIGTERM');
    },
  };
}

interface Started {
  end(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

async function start(port: number, env: NodeJS.ProcessEnv, logFile: string): Promise<Started> {
  const log = openSync(logFile, 'a');
  const child = spawn(NEXT, ['start', '-p', String(port)], {
    env,
    stdio: ['ignore', log, log],
    // Killing npx or next's pid alone can leave next-server running: the group goes as a whole.
    detached: true,
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const end = async (name: 'SIGKILL' | 'SIGTERM') => {
    signal(child, name);
    const timer = setTimeout(() => {
      signal(child, 'SIGKILL');
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (!(await answers(`http://127.0.0.1:${port}`))) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    if (performance.now() > deadline) {
      await end('SIGKILL');
      throw new Error(`next start did not answer within a minute; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { end };
}

/** Ready means a request went through the app to the database: account.me reads the (absent) session. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/trpc/account.me`, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

async function listening(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

function signal(child: ChildProcess, name: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, name);
  } catch {
    // the group is already gone
  }
}
