import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockDataFolder } from './folder-lock';
import * as schema from './schema';
import type { Database, DatabaseHandle } from './types';

const migrationsFolder = path.join(process.cwd(), 'server/db/migrations');

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string };

/** Opens the database and brings its schema up to date: every process (app, scripts, tests) starts here. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize) : openPglite(target.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const unlock = dataDir ? await lockDataFolder(dataDir) : async () => {};
  try {
    const client = await PGlite.create(dataDir);
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      close: async () => {
        await client.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  await migrateOnce(url);
  const client = postgres(url, { max: poolSize, onnotice: () => {} });
  return {
    db: drizzlePostgres({ client, schema }) as unknown as Database,
    kind: 'postgres',
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
