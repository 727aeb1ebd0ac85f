import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../db/open';
import type { DatabaseHandle } from '../db/types';

/**
 * A database of the test file's own: in-memory PGlite by default, or a fresh database on the PostgreSQL server named
 * by DATABASE_URL (created here and dropped on close), so that files running side by side never see each other.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openDatabase({ kind: 'pglite' });

  const name = `chronicle_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 20 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const databaseKind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
