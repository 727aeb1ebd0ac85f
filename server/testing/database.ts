import { openDatabase } from '../db/open';
import type { DatabaseHandle } from '../db/types';
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
