import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../db/open';
import type { DatabaseHandle } from '../db/types';

/** A new database of its own on the server at `serverUrl`, migrated; dropped again when the handle is closed. */
export async function openFreshPostgres(serverUrl: string, prefix: string, poolSize: number): Promise<DatabaseHandle> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
