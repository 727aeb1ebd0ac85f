import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuild } from '../testing/next-build';

const DIST_DIR = '.next-bench';

/** Builds the bench's own copy of the app when it has none (or `rebuild`). */
export function ensureBenchBuild(rebuild: boolean) {
  ensureBuild(DIST_DIR, rebuild);
}

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** `next start` on the given database, resolved once it answers. */
export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
      ...env,
      NEXT_DIST_DIR: DIST_DIR,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      kill(child);
      throw new Error('next start did not answer within a minute');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    stop: async () => {
      kill(child);
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** npx starts next as a child of its own: the whole process group goes. */
function kill(child: ChildProcess) {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
