import { statSync, type Stats } from 'node:fs';
import { mkdir, open, readFile, rmdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { tryLock } from 'fs-native-extensions';
import { DataFolderInUseError } from './data-folder-in-use-error';

/**
 * Releases the folder when called. `assertHeld()` ends the process at once if the lock has been lost meanwhile;
 * call it before anything that writes to the folder.
 */
export type FolderLock = (() => Promise<void>) & { readonly assertHeld: () => void };

/** How often an idle holder looks whether its lock file is still the one it locked. */
const CHECK_EVERY_MS = 1_000;

/**
 * PGlite does not lock its data folder, and two processes writing one folder lose confirmed writes (and can leave it
 * unopenable). So the folder is locked first, with a lock the kernel keeps on an open file beside the folder (PGlite
 * initialises only an empty folder): it lasts as long as the process, however long that is paused, and is gone the
 * moment the process dies. The file holds the holder's pid, for the message of whoever is refused.
 *
 * The one way to lose such a lock is for the file to be deleted or replaced, after which another process can lock a
 * new file of that name. The holder then exits: before its next statement, where the caller calls `assertHeld`, and
 * within a second when idle.
 */
export async function lockDataFolder(dataDir: string): Promise<FolderLock> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = `${path.resolve(dataDir)}.lock`;
  await removeStaleLegacyLock(lockPath, dataDir);
  const { file, identity } = await takeLock(lockPath, dataDir);

  let released = false;
  const assertHeld = () => {
    if (!released && !sameFile(identity, statSync(lockPath, { throwIfNoEntry: false }))) {
      exitOnLostLock(dataDir, lockPath);
    }
  };
  const timer = setInterval(assertHeld, CHECK_EVERY_MS);
  timer.unref();

  const release = async () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    // Emptied, so that no one reads a pid that no longer holds it; closing the only descriptor drops the lock.
    try {
      await file.truncate(0);
    } finally {
      await file.close();
    }
  };
  return Object.assign(release, { assertHeld });
}

/** Locks the file and writes this process's pid into it. */
async function takeLock(lockPath: string, dataDir: string): Promise<{ file: FileHandle; identity: Stats }> {
  // A file replaced between opening and locking it is opened anew; more than a few times means something keeps
  // deleting it.
  for (let attempt = 0; attempt < 5; attempt++) {
    // Created if missing and never truncated on open, so a holder's pid stays readable. Node opens with O_CLOEXEC:
    // a child process does not inherit the descriptor, and with it the lock.
    const file = await open(lockPath, 'a+');
    try {
      if (!tryLock(file.fd)) throw new DataFolderInUseError(dataDir, await holderPid(lockPath));
      const identity = await file.stat();
      if (sameFile(identity, await statIfExists(lockPath))) {
        await file.truncate(0);
        await file.write(`${process.pid}\n`);
        return { file, identity };
      }
    } catch (error) {
      await file.close();
      throw error;
    }
    await file.close();
  }
  throw new Error(`Could not lock ${lockPath}: something keeps deleting or replacing it.`);
}

const statIfExists = (file: string) =>
  stat(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });

function sameFile(held: Stats, current: Stats | undefined): boolean {
  return current !== undefined && current.ino === held.ino && current.dev === held.dev;
}

async function holderPid(lockPath: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(lockPath, 'utf8'), 10);
    return pid > 0 ? pid : undefined;
  } catch {
    // Unreadable (Windows refuses reading a locked range): the message names no pid.
    return undefined;
  }
}

/**
 * Earlier versions locked with a directory of the same name (proper-lockfile), its mtime refreshed every 2 s while
 * held and left behind by a crash. A fresh one is an earlier version still running; a stale one is removed.
 */
async function removeStaleLegacyLock(lockPath: string, dataDir: string) {
  const legacy = await statIfExists(lockPath);
  if (!legacy?.isDirectory()) return;
  if (Date.now() - legacy.mtimeMs < 10_000) throw new DataFolderInUseError(dataDir, undefined);
  await rmdir(lockPath).catch((error: unknown) => {
    // Another process starting at the same moment removed it first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
}

/**
 * Another process may have the folder by now, so this one must not write another byte to it: not even PGlite's
 * shutdown, which would write a checkpoint. Exiting without closing leaves the folder as a crash would, which
 * PGlite recovers from.
 */
function exitOnLostLock(dataDir: string, lockPath: string): never {
  console.error(
    `Lost the lock on the embedded database in ${dataDir}: ${lockPath} was deleted or replaced, so another process ` +
      `may be using the folder. Stopping at once, without writing anything more.`,
  );
  process.exit(1);
}
