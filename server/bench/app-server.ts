import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The bench's own build, so that it never disturbs a `.next` another process is serving. */
const DIST_DIR = '.next-bench';

export function ensureBuild(rebuild: boolean) {
  if (!rebuild && existsSync(`${DIST_DIR}/BUILD_ID`)) return;
  console.log(`Building the app into ${DIST_DIR}…`);
  // next build adds its dist folder's types to tsconfig.json (and reformats it): not a change to keep.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const built = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
  });
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  if (built.status !== 0) throw new Error('next build failed');
}

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** `next start` on the given database, resolved once it answers. */
export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: '', ...env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: 'production' },
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
