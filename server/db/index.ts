import 'server-only';
import { env } from '../env';
import { eventHub } from '../live';
import { asyncProjections, startProjectionRunners } from '../projections/async';
import { openDatabase } from './open';
import type { DatabaseHandle } from './types';

const globalForDb = globalThis as unknown as { chronicleDb?: Promise<DatabaseHandle> };

/**
 * One database handle per process, kept on globalThis: Next loads route handlers and server components as separate
 * module instances, and two PGlite instances on one folder would each see stale data.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.chronicleDb ??= openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL }
      : { kind: 'pglite', dataDir: env.CHRONICLE_DATA_DIR },
  )
    .then((handle) => {
      // The app keeps its asynchronous projections caught up; with several instances, one runner works at a time.
      startProjectionRunners(handle.db, asyncProjections, {
        subscribe: (wake) => eventHub(handle.db).subscribe(wake),
      });
      return handle;
    })
    .catch((error: unknown) => {
      globalForDb.chronicleDb = undefined;
      throw error;
    });
  return globalForDb.chronicleDb;
}

export type { Database, DatabaseHandle, Executor, Transaction } from './types';
