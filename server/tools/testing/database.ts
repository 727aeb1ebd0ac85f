import { count, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import { events } from '../../db/schema';
import type { Database, DatabaseHandle, Executor } from '../../db/types';
import { openFreshPostgres } from './fresh-postgres';
import { migratedPgliteTemplate } from './pglite-template';
import { testDatabaseUrls, type TestDatabaseUrls } from './test-roles';

/**
 * A database of the test file's own: in-memory PGlite by default, or a fresh database on the PostgreSQL server named
 * by DATABASE_URL (created here and dropped on close), so that files running side by side never see each other.
 */
export function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return openFreshPostgres(serverUrl, 'chronicle_test', 20);
  return migratedPgliteTemplate().then((startFrom) => openDatabase({ kind: 'pglite', startFrom }));
}

export const databaseKind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/**
 * On PostgreSQL, another pool on the test's database, as a second app instance (or a small pool) would hold, opened
 * the same way (both URLs); `settings` go into its URL as server settings (`statement_timeout`, say).
 */
export async function openAnotherPool(
  db: Database,
  poolSize: number,
  settings: Record<string, string> = {},
): Promise<DatabaseHandle> {
  const urls = await urlsOf(db);
  const url = new URL(urls.app);
  for (const [name, value] of Object.entries(settings)) url.searchParams.set(name, value);
  return openDatabase({ kind: 'postgres', url: url.toString(), ownerUrl: urls.owner, poolSize });
}

/**
 * The test harness's own connection to the test's database on PostgreSQL, for what it does that the app's role may
 * not: as `owner`, change the schema; as `admin` (the server's superuser), end other sessions. The caller ends it.
 */
export async function connectAs(role: 'owner' | 'admin', db: Database): Promise<postgres.Sql> {
  const urls = await urlsOf(db);
  return postgres(urls[role], { max: 1, onnotice: () => {} });
}

/** Runs a statement as the owner of the test's tables: PGlite's one connection owns everything, so through `db`. */
export async function executeAsOwner(db: Database, statement: string) {
  if (databaseKind === 'PGlite') {
    await db.execute(sql.raw(statement));
    return;
  }
  const owner = await connectAs('owner', db);
  try {
    await owner.unsafe(statement);
  } finally {
    await owner.end();
  }
}

/** On PostgreSQL, the test's database as the server's superuser, as the owner of its tables, and as the app's role. */
export async function urlsOf(db: Database): Promise<TestDatabaseUrls> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('Only on PostgreSQL (DATABASE_URL): the embedded database has one handle, no roles');
  const [row] = await db.select({ name: sql<string>`current_database()` }).from(sql`(values (1)) as one`);
  return testDatabaseUrls(serverUrl, row!.name);
}

/** How many events the log holds: a refused command leaves it as it was. */
export const countEvents = async (db: Executor) => (await db.select({ n: count() }).from(events))[0]?.n ?? 0;
