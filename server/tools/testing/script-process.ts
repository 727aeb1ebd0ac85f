import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ScriptProcess {
  readonly pid: number;
  /** What it printed to stdout so far, line by line. */
  readonly lines: readonly string[];
  readonly stderr: () => string;
  readonly exit: Promise<Exit>;
  /** Its exit, or a rejection if it is still running after `timeoutMs`. */
  exitWithin(timeoutMs: number): Promise<Exit>;
  signal(signal: NodeJS.Signals): void;
  /** Resolves once its output satisfies `done`; rejects if it exits first or `timeoutMs` passes. */
  waitFor(done: (lines: readonly string[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
}

/**
 * A TypeScript file of the repository run in a process of its own, the way the npm scripts run them, on the embedded
 * database in `dataDir` whatever the test run's DATABASE_URL.
 */
export function startScript(file: string, args: readonly string[], dataDir: string): ScriptProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', file, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', CHRONICLE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const listener of listeners) listener();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<Exit>((resolve) => {
    child.once('close', (code, signal) => {
      resolve({ code, signal });
    });
  });
  let exited = false;
  void exit.then(() => {
    exited = true;
    for (const listener of listeners) listener();
  });

  return {
    pid: child.pid!,
    lines,
    stderr: () => stderr,
    exit,
    exitWithin: async (timeoutMs) => {
      const outcome = await Promise.race([exit, sleep(timeoutMs, undefined, { ref: false })]);
      if (!outcome) throw new Error(`${file} was still running ${timeoutMs} ms later`);
      return outcome;
    },
    signal: (signal) => {
      if (!exited) child.kill(signal);
    },
    waitFor: (done, what, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          settle(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${stderr}`));
        }, timeoutMs);
        const settle = (error?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (done(lines)) settle();
          else if (exited) settle(new Error(`${file} exited before ${what}; stderr: ${stderr}`));
        };
        listeners.add(check);
        check();
      }),
  };
}
