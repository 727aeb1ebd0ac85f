import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { readAll } from '../../event-store';
import { startScript } from './script-process';

export type DataFolder = ReturnType<typeof temporaryDataDir>;

/** A data folder of the test's own, in a temporary folder that also takes its lock file. */
export function temporaryDataDir() {
  const parent = mkdtempSync(path.join(tmpdir(), 'chronicle-lock-'));
  return {
    dataDir: path.join(parent, 'pglite'),
    lockFile: path.join(parent, 'pglite.lock'),
    remove: () => {
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

/**
 * A folder already initialised and migrated, to copy for each test: the first open of an empty folder runs initdb,
 * by far the slowest part (3 s on a quiet machine, 18 s on a busy one), an existing folder opens in about one.
 */
export async function migratedDataDir(): Promise<DataFolder> {
  const folder = temporaryDataDir();
  await (await openDatabase({ kind: 'pglite', dataDir: folder.dataDir })).close();
  return folder;
}

export function copyOf(template: DataFolder): DataFolder {
  const folder = temporaryDataDir();
  cpSync(template.dataDir, folder.dataDir, { recursive: true });
  return folder;
}

/** `server/tools/testing/folder-holder.ts` in a process of its own. */
export const startHolder = (dataDir: string, ...args: string[]) =>
  startScript('server/tools/testing/folder-holder.ts', ['hold', dataDir, ...args], dataDir);

/** The positions a holder reported as committed, in order. */
export const appendedIn = (lines: readonly string[]) =>
  lines.flatMap((line) => (line.startsWith('appended ') ? [Number(line.slice('appended '.length))] : []));

/** Every position in the folder's log, read back by opening it in this process. */
export async function positionsIn(dataDir: string): Promise<number[]> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return (await readAll(handle.db, { limit: 1_000_000 })).map((event) => event.position);
  } finally {
    await handle.close();
  }
}

export const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
