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
import { checkAppPrivileges, grantAppRole, refuseUnsafeAppRole } from './app-role';
import { isPermissionDenied } from './failures';
import { pendingMigrations } from './pending-migrations';

const migrationsFolder = path.join(process.cwd(), 'server/db/migrations');

/** `url` is what the app connects as; with `ownerUrl`, the owner of the tables migrates them (README). */
interface PostgresTarget {
  kind: 'postgres';
  url: string;
  ownerUrl?: string;
  poolSize?: number;
}

/** `startFrom`, for an in-memory database only: a data folder dumped by PGlite (the tests' migrated template). */
export type DatabaseTarget = PostgresTarget | { kind: 'pglite'; dataDir?: string; startFrom?: Blob };

// On globalThis, since Next loads this module once per bundle (route handlers, server components) in one process.
const globalForHandles = globalThis as unknown as { chronicleHandles?: WeakMap<Database, DatabaseHandle> };
const handles = (globalForHandles.chronicleHandles ??= new WeakMap());

/** Opens the database and brings its schema up to date: every process (app, scripts, tests) starts here. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const handle =
    target.kind === 'postgres' ? await openPostgres(target) : await openPglite(target.dataDir, target.startFrom);
  handles.set(handle.db, handle);
  return handle;
}

/** The handle a database was opened with: code that holds only `ctx.db` finds what needs more than queries here. */
export function handleOf(db: Database): DatabaseHandle | undefined {
  return handles.get(db);
}

async function openPglite(dataDir: string | undefined, startFrom: Blob | undefined): Promise<DatabaseHandle> {
  const unlock = dataDir ? await lockDataFolder(dataDir) : undefined;
  try {
    // On a folder, every statement first checks that this process still holds it.
    const client = await createPglite(dataDir, unlock?.assertHeld, startFrom);
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

async function openPostgres({ url, ownerUrl, poolSize = 10 }: PostgresTarget): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    // A request waits at most this long for a connection before it is told the database cannot be reached.
    connect_timeout: 10,
    // postgres.js backs off up to 20 s after failed connects (a restart refuses a few), then serves slowly long after
    // the server is back; a short, capped backoff lets the pool refill within a second of the database returning.
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1) * (0.5 + Math.random() / 2),
  });
  try {
    await (ownerUrl ? migrateAsOwner(client, ownerUrl) : migrateAsItself(client, url));
  } catch (error) {
    await client.end({ timeout: 5 });
    throw error;
  }
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

/**
 * The app owns the tables (a newcomer's set-up) or was given what it needs by an earlier migration run through the
 * owner: it migrates only when the schema is behind, so a role that may not migrate still starts on a current one.
 */
async function migrateAsItself(client: postgres.Sql, url: string) {
  try {
    if ((await pendingMigrations(client, migrationsFolder)) > 0) await migrateOnce(url);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    throw new Error(
      "The database's schema is not current (or its migrations are not readable), and the role of DATABASE_URL may " +
        'not migrate it: set DATABASE_OWNER_URL to a connection as the owner of the tables, for the app or for ' +
        '`npm run db:migrate` (README, "On a PostgreSQL server").',
      { cause: error },
    );
  }
}

/**
 * The owner migrates and grants the app's role (whoever DATABASE_URL connects as) what it needs; then the app checks,
 * on its own connection, that it sees the schema the owner migrated and holds no more than that.
 */
async function migrateAsOwner(client: postgres.Sql, ownerUrl: string) {
  const [app] = await client<{ role: string; database: string }[]>`
    select current_user as role, current_database() as database`;
  await migrateOnce(ownerUrl, app);
  const pending = await pendingMigrations(client, migrationsFolder);
  if (pending > 0) {
    throw new Error(
      `DATABASE_URL's database lacks ${pending} migrations that DATABASE_OWNER_URL's has: both must name one database`,
    );
  }
  await checkAppPrivileges(client);
}

/**
 * Several app instances may start together: an advisory lock lets one migrate while the others wait. Given the app's
 * role, the owner first makes sure it is one it may grant to, and afterwards grants it its privileges anew, so that
 * tables added by the migrations are covered.
 */
async function migrateOnce(url: string, app?: { role: string; database: string }) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    if (app) {
      const [owner] = await client<{ database: string }[]>`select current_database() as database`;
      if (owner?.database !== app.database) {
        throw new Error(
          `DATABASE_URL names the database ${app.database} and DATABASE_OWNER_URL ${owner?.database}: both must name one`,
        );
      }
      await refuseUnsafeAppRole(client, app.role);
    }
    await client`select pg_advisory_lock(hashtext('chronicle:migrations'))`;
    await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
    if (app) await grantAppRole(client, app.role);
    await client`select pg_advisory_unlock(hashtext('chronicle:migrations'))`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
