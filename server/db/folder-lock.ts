import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * PGlite does not lock its data folder, and two processes writing one folder lose confirmed writes. So the folder
 * is locked before it is opened; the lock is refreshed while the process lives and goes stale soon after it dies.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const lockfilePath = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath,
      stale: 10_000,
      update: 2_000,
      retries: 0,
      onCompromised: (error) => {
        console.error(`Lost the lock on ${dataDir}: ${error.message}`);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(
        `The embedded database in ${path.resolve(dataDir)} is in use by another process (is the app or a script ` +
          `already running?). Stop that process, or set CHRONICLE_DATA_DIR to another folder.`,
      );
    }
    throw error;
  }
}
