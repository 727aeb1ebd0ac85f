import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appendedIn,
  migratedDataDir,
  oneTo,
  positionsIn,
  startHolder,
  type DataFolder,
} from '../tools/testing/data-folder';
import { startScript, type ScriptProcess } from '../tools/testing/script-process';
import { DataFolderInUseError } from './data-folder-in-use-error';

const PAUSE_MS = 30_000;
const ATTEMPTS_AT_MS = [0, 10_000, 20_000];

let folder: DataFolder;
beforeAll(async () => {
  folder = await migratedDataDir();
});

let cleanUp: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanUp) step();
  cleanUp = [];
});

describe('the embedded database folder, its holder paused', () => {
  it(
    'stays with a holder paused for 30 s: every other process is refused, naming it, and it goes on without loss',
    async () => {
      const holder = startHolder(folder.dataDir);
      cleanUp = [
        () => {
          holder.signal('SIGKILL');
        },
        folder.remove,
      ];
      await holder.waitFor((lines) => appendedIn(lines).length >= 5, 'five appends');

      holder.signal('SIGSTOP');
      const stoppedAt = performance.now();
      // Lines it wrote just before it stopped may still be on their way through the pipe.
      await sleep(300);
      const beforePause = appendedIn(holder.lines);

      const refusals: { code: number | null; stderr: string }[] = [];
      for (const at of ATTEMPTS_AT_MS) {
        await sleep(Math.max(0, stoppedAt + at - performance.now()));
        refusals.push(await migrate(folder.dataDir));
      }
      await sleep(Math.max(0, stoppedAt + PAUSE_MS - performance.now()));
      // It really was stopped the whole time: nothing more committed.
      expect(appendedIn(holder.lines)).toEqual(beforePause);
      const refusal = new DataFolderInUseError(folder.dataDir, holder.pid).message;
      expect(refusals).toEqual(ATTEMPTS_AT_MS.map(() => ({ code: 1, stderr: `${refusal}\n` })));

      holder.signal('SIGCONT');
      await holder.waitFor(
        (lines) => appendedIn(lines).length >= beforePause.length + 5,
        'five appends after the pause',
      );
      holder.signal('SIGTERM');
      expect(await holder.exitWithin(10_000)).toEqual({ code: 0, signal: null });
      expect(holder.lines.at(-1)).toBe('closed');

      const written = appendedIn(holder.lines);
      expect(written).toEqual(oneTo(written.length));
      expect(await positionsIn(folder.dataDir)).toEqual(written);
    },
    PAUSE_MS + 60_000,
  );
});

/** `npm run db:migrate` on the folder, as someone would run it while the app is paused. */
async function migrate(dataDir: string) {
  const script: ScriptProcess = startScript('server/tools/scripts/migrate.ts', [], dataDir);
  const { code } = await script.exit;
  return { code, stderr: script.stderr() };
}
