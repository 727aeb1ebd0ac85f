import 'server-only';
import { env } from '../env';
import { DataFolderInUseError } from '../db/data-folder-in-use-error';
import { runtime } from './index';

/**
 * For pages, before they render: the sentence to answer with (503) while another process holds the embedded
 * database's folder, else undefined. Once the database is open this costs a resolved promise; while the folder is
 * held, each call tries to open it again, so the app recovers by itself once the other process has stopped. Any other
 * failure to open is left to the page, which meets it and shows its own error.
 */
export async function databaseRefusal(): Promise<string | undefined> {
  if (env.DATABASE_URL) return undefined;
  try {
    await runtime();
    return undefined;
  } catch (error) {
    return error instanceof DataFolderInUseError ? error.publicMessage : undefined;
  }
}
