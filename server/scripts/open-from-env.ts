import { env } from '../env';
import { openDatabase } from '../db/open';

/** Scripts open the database the way the app does, through the same folder lock and migrations. */
export const openFromEnv = () =>
  openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: env.CHRONICLE_DATA_DIR },
  );
