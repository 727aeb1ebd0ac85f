import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../db/open';
import type { DatabaseHandle } from '../db/types';
import { createTestRoles, OWNER_ROLE, testDatabaseUrls, type TestDatabaseUrls } from './test-roles';

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
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    await createTestRoles(admin);
    await admin.unsafe(`create database ${name} owner ${OWNER_ROLE}`);
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
