import { mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../tools/testing/data-folder';
import { DataFolderInUseError } from './data-folder-in-use-error';
import { lockDataFolder } from './folder-lock';
import { openDatabase } from './open';

let cleanUp: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanUp) await step();
  cleanUp = [];
});

function folder() {
  const made = temporaryDataDir();
  cleanUp.push(made.remove);
  return made;
}

describe('the embedded database folder within one process', () => {
  it('refuses a second open of the same folder, however its path is spelled, and keeps the first', async () => {
    const { dataDir } = folder();
    const first = await openDatabase({ kind: 'pglite', dataDir });
    cleanUp.unshift(() => first.close());

    const refusal = new DataFolderInUseError(dataDir, process.pid).message;
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(refusal);
    const spelledOtherwise = path.relative(process.cwd(), path.join(dataDir, '..', 'pglite'));
    await expect(openDatabase({ kind: 'pglite', dataDir: spelledOtherwise })).rejects.toBeInstanceOf(
      DataFolderInUseError,
    );

    expect(await first.db.execute(sql`select 1 as one`)).toBeTruthy();
    await first.close();
    cleanUp.shift();
    const again = await openDatabase({ kind: 'pglite', dataDir });
    await again.close();
  });

  it("keeps the holder's pid in the lock file while held, and empties it on release", async () => {
    const { dataDir, lockFile } = folder();
    const release = await lockDataFolder(dataDir);
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    await expect(lockDataFolder(dataDir)).rejects.toThrow(`in use by process ${process.pid} `);
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    await release();
    expect(readFileSync(lockFile, 'utf8')).toBe('');
    await (
      await lockDataFolder(dataDir)
    )();
  });

  it('takes over the directory an earlier version left behind, unless that version still refreshes it', async () => {
    const { dataDir, lockFile } = folder();
    mkdirSync(lockFile, { recursive: true });
    await expect(lockDataFolder(dataDir)).rejects.toThrow('in use by another process');
    expect(statSync(lockFile).isDirectory()).toBe(true);

    const stale = new Date(Date.now() - 11_000);
    utimesSync(lockFile, stale, stale);
    const release = await lockDataFolder(dataDir);
    expect(statSync(lockFile).isFile()).toBe(true);
    await release();
  });
});
