import { unlinkSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appendedIn,
  copyOf,
  migratedDataDir,
  oneTo,
  positionsIn,
  startHolder,
  type DataFolder,
} from '../tools/testing/data-folder';
import { startScript } from '../tools/testing/script-process';
import { lockDataFolder } from './folder-lock';

let template: DataFolder;
beforeAll(async () => {
  template = await migratedDataDir();
});
afterAll(() => {
  template.remove();
});

let cleanUp: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanUp) await step();
  cleanUp = [];
});

const lostLock = (dataDir: string, lockFile: string) =>
  `Lost the lock on the embedded database in ${dataDir}: ${lockFile} was deleted or replaced, so another process ` +
  `may be using the folder. Stopping at once, without writing anything more.\n`;

describe('the embedded database folder across processes', () => {
  it('is free the moment its holder is killed (kill -9), with everything it committed', async () => {
    const folder = copyOf(template);
    const holder = startHolder(folder.dataDir);
    cleanUp = [
      () => {
        holder.signal('SIGKILL');
      },
      folder.remove,
    ];
    await holder.waitFor((lines) => appendedIn(lines).length >= 5, 'five appends');
    // Started beforehand, so that its own start-up is not counted: it tries every 10 ms.
    const next = startScript('server/tools/testing/folder-holder.ts', ['wait', folder.dataDir], folder.dataDir);
    cleanUp.unshift(() => {
      next.signal('SIGKILL');
    });
    await next.waitFor((lines) => lines.includes('waiting'), 'the second process to start');

    const killedAt = Date.now();
    holder.signal('SIGKILL');
    await next.waitFor((lines) => lines.some((line) => line.startsWith('log ')), 'the second process to open');
    const [startedAt, openMs] = next.lines
      .find((line) => line.startsWith('opened '))!
      .split(' ')
      .slice(1)
      .map(Number) as [number, number];
    const freeAfterMs = startedAt - killedAt;
    const openedAfterMs = freeAfterMs + openMs;
    console.log(
      `kill -9 of the holder: the folder was free for the next process after ${freeAfterMs} ms and open after ` +
        `${openedAfterMs} ms (${openMs} ms of it PGlite's own open, crash recovery and migration check)`,
    );
    expect(freeAfterMs).toBeLessThan(1_000);

    // Each commit is reported after it happened, so the log holds all of them, and perhaps one more not yet reported.
    const committed = appendedIn(holder.lines);
    const log = next.lines
      .find((line) => line.startsWith('log '))!
      .slice('log '.length)
      .split(',')
      .map(Number);
    expect(committed).toEqual(oneTo(committed.length));
    expect(log).toEqual(oneTo(log.length));
    expect(log.length - committed.length).toBeGreaterThanOrEqual(0);
    expect(log.length - committed.length).toBeLessThanOrEqual(1);
    expect(await next.exitWithin(5_000)).toEqual({ code: 0, signal: null });
  });

  it('stops a busy holder before its next statement once its lock file is replaced, writing nothing after', async () => {
    const folder = copyOf(template);
    // Back to back appends never let a timer run: only the check before each statement can stop it.
    const holder = startHolder(folder.dataDir, '--tight');
    cleanUp = [
      () => {
        holder.signal('SIGKILL');
      },
      folder.remove,
    ];
    await holder.waitFor((lines) => appendedIn(lines).length >= 20, 'twenty appends');

    unlinkSync(folder.lockFile);
    const other = await lockDataFolder(folder.dataDir);
    cleanUp.unshift(other);
    expect(await holder.exitWithin(5_000)).toEqual({ code: 1, signal: null });
    expect(holder.stderr()).toBe(lostLock(folder.dataDir, folder.lockFile));
    await other();

    const written = appendedIn(holder.lines);
    expect(written).toEqual(oneTo(written.length));
    expect(await positionsIn(folder.dataDir)).toEqual(written);
  });

  it('stops an idle holder within about a second once its lock file is deleted', async () => {
    const folder = copyOf(template);
    const holder = startHolder(folder.dataDir, '--idle');
    cleanUp = [
      () => {
        holder.signal('SIGKILL');
      },
      folder.remove,
    ];
    await holder.waitFor((lines) => appendedIn(lines).length === 3, 'three appends');

    const deletedAt = performance.now();
    unlinkSync(folder.lockFile);
    expect(await holder.exitWithin(5_000)).toEqual({ code: 1, signal: null });
    console.log(
      `lock file deleted under an idle holder: it exited after ${Math.round(performance.now() - deletedAt)} ms`,
    );
    expect(holder.stderr()).toBe(lostLock(folder.dataDir, folder.lockFile));
    expect(await positionsIn(folder.dataDir)).toEqual([1, 2, 3]);
  });
});
