import 'server-only';
import { openDatabase } from '../db/open';
import type { DatabaseHandle } from '../db/types';
import { env } from '../env';
import { eventHub } from '../live';
import { asyncProjections, startProjectionRunners } from '../read-models/async';

const globalForRuntime = globalThis as unknown as { chronicleRuntime?: Promise<DatabaseHandle> };

/**
 * The composition root: where the running app is put together, once per process. It opens the database the
 * environment names (server/db only opens connections, and reaches nothing above it), starts the asynchronous read
 * models' runners, which follow the log and wake on the live hub's notifications, and hands out the handle that the
 * request contexts, the live streams and the pages use. Kept on globalThis: Next loads route handlers and server
 * components as separate module instances, and two PGlite instances on one folder would each see stale data. A
 * failure to open is not kept, so the next request tries again (the embedded database's folder may be free by then).
 */
export function runtime(): Promise<DatabaseHandle> {
  globalForRuntime.chronicleRuntime ??= openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL }
      : { kind: 'pglite', dataDir: env.CHRONICLE_DATA_DIR },
  )
    .then((handle) => {
      // With several instances, every one runs the runners; one works on a read model at a time.
      startProjectionRunners(handle.db, asyncProjections, {
        subscribe: (wake) => eventHub(handle.db).subscribe(wake),
      });
      return handle;
    })
    .catch((error: unknown) => {
      globalForRuntime.chronicleRuntime = undefined;
      throw error;
    });
  return globalForRuntime.chronicleRuntime;
}
