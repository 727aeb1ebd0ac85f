import { env } from '../../env';
import { openDatabase } from '../../db/open';
import { DataFolderInUseError } from '../../db/data-folder-in-use-error';

/**
 * Scripts open the database the way the app does, through the same folder lock and migrations; a refusal (the
 * embedded folder held by a running app, say) ends the script with its message rather than a stack trace, followed
 * by `whenInUse` when the folder is held, for what this script's user can do about it.
 */
export async function openFromEnv({ whenInUse }: { whenInUse?: string } = {}) {
  try {
    return await openDatabase(
      env.DATABASE_URL
        ? { kind: 'postgres', url: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL }
        : { kind: 'pglite', dataDir: env.CHRONICLE_DATA_DIR },
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (whenInUse && error instanceof DataFolderInUseError) console.error(whenInUse);
    process.exit(1);
  }
}
