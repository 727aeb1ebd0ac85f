import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import type { DatabaseHandle } from '../../db/types';
import { createTestDatabase, dropTestDatabase, testDatabaseUrls, type TestDatabaseUrls } from './test-roles';

export interface FreshPostgres extends DatabaseHandle {
  readonly urls: TestDatabaseUrls;
}

/**
 * A new database of its own on the server at `serverUrl`, owned by the owner's role and opened as the app opens one
 * with both URLs: migrated through the owner, the pool on the app's restricted role. Dropped when the handle closes.
 */
export async function openFreshPostgres(serverUrl: string, prefix: string, poolSize: number): Promise<FreshPostgres> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    await dropTestDatabase(admin, name);
    await admin.end();
  };
  try {
    await createTestDatabase(admin, name);
    const urls = testDatabaseUrls(serverUrl, name);
    const handle = await openDatabase({ kind: 'postgres', url: urls.app, ownerUrl: urls.owner, poolSize });
    return {
      ...handle,
      urls,
      close: async () => {
        await handle.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}
