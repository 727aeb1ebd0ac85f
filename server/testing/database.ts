import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/open';
import type { Database, DatabaseHandle } from '../db/types';
import { openFreshPostgres } from './fresh-postgres';

/**
 * A database of the test file's own: in-memory PGlite by default, or a fresh database on the PostgreSQL server named
 * by DATABASE_URL (created here and dropped on close), so that files running side by side never see each other.
 */
export function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? openFreshPostgres(serverUrl, 'chronicle_test', 20) : openDatabase({ kind: 'pglite' });
}

export const databaseKind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/**
 * On PostgreSQL, another pool on the test's database, as a second app instance (or a small pool) would hold;
 * `settings` go into its URL as server settings (`statement_timeout`, say).
 */
export async function openAnotherPool(
  db: Database,
  poolSize: number,
  settings: Record<string, string> = {},
): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('A second pool needs DATABASE_URL: the embedded database belongs to one handle');
  const [row] = await db.select({ name: sql<string>`current_database()` }).from(sql`(values (1)) as one`);
  const url = new URL(serverUrl);
  url.pathname = `/${row!.name}`;
  for (const [name, value] of Object.entries(settings)) url.searchParams.set(name, value);
  return openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
}
