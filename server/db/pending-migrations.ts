import { readMigrationFiles } from 'drizzle-orm/migrator';
import type postgres from 'postgres';

/**
 * How many of this version's migrations the database has not applied, by the rule drizzle's migrator follows: those
 * newer than the last one it recorded. Reading needs no more than SELECT, so a role that may not migrate can ask.
 */
export async function pendingMigrations(sql: postgres.Sql, migrationsFolder: string): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const [table] = await sql<{ present: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as present`;
  if (!table?.present) return migrations.length;
  const [last] = await sql<{ at: string | null }[]>`select max(created_at) as at from drizzle.__drizzle_migrations`;
  const appliedUntil = Number(last?.at ?? 0);
  return migrations.filter((m) => m.folderMillis > appliedUntil).length;
}
