import path from 'node:path';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockDataFolder } from './folder-lock';
import { createPglite } from './guarded-pglite';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './types';

const migrationsFolder = path.join(process.cwd(), 'server/db/migrations');

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string };

// On globalThis, since Next loads this module once per bundle (route handlers, server components) in one process.
const globalForHandles = globalThis as unknown as { chronicleHandles?: WeakMap<Database, DatabaseHandle> };
const handles = (globalForHandles.chronicleHandles ??= new WeakMap());

/** Opens the database and brings its schema up to date: every process (app, scripts, tests) starts here. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const handle =
    target.kind === 'postgres' ? await openPostgres(target.url, target.poolSize) : await openPglite(target.dataDir);
  handles.set(handle.db, handle);
  return handle;
}

/** The handle a database was opened with: code that holds only `ctx.db` finds what needs more than queries here. */
export function handleOf(db: Database): DatabaseHandle | undefined {
  return handles.get(db);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const unlock = dataDir ? await lockDataFolder(dataDir) : undefined;
  try {
    // On a folder, every statement first checks that this process still holds it.
    const client = await createPglite(dataDir, unlock?.assertHeld);
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      listen: async (channel, onNotify, onReconnect) => {
        const unlisten = await client.listen(channel, onNotify);
        // The embedded database is in this process: listening never breaks, so it starts only once.
        onReconnect();
        return () => unlisten();
      },
      close: async () => {
        await client.close();
        await unlock?.();
      },
    };
  } catch (error) {
    await unlock?.();
    throw error;
  }
}

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  await migrateOnce(url);
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    // A request waits at most this long for a connection before it is told the database cannot be reached.
    connect_timeout: 10,
    // postgres.js backs off up to 20 s after failed connects (a restart refuses a few), then serves slowly long after
    // the server is back; a short, capped backoff lets the pool refill within a second of the database returning.
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1) * (0.5 + Math.random() / 2),
  });
  return {
    db: drizzlePostgres({ client, schema }) as unknown as Database,
    kind: 'postgres',
    // postgres.js listens on a connection of its own, listens again after losing it and calls onReconnect each time.
    listen: async (channel, onNotify, onReconnect) => {
      const listening = await client.listen(channel, onNotify, onReconnect);
      return () => listening.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Several app instances may start together: an advisory lock lets one migrate while the others wait. */
async function migrateOnce(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(hashtext('chronicle:migrations'))`;
    await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
    await client`select pg_advisory_unlock(hashtext('chronicle:migrations'))`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
