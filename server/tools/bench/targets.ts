import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import type { DatabaseHandle } from '../../db/types';

export interface BenchTarget {
  name: string;
  open(): Promise<DatabaseHandle>;
  /**
   * A database the bench fills and hands on through `env` (to `next start`, or to a peer event store), opened with
   * `poolSize` connections on PostgreSQL; `drop` removes it.
   */
  openShared(
    poolSize?: number,
  ): Promise<{ handle: DatabaseHandle; env: Record<string, string>; drop(): Promise<void> }>;
}

/** PGlite on disk (as the app runs it) and, when a server answers, a fresh PostgreSQL database of the bench's own. */
export async function benchTargets(): Promise<BenchTarget[]> {
  const targets: BenchTarget[] = [{ name: 'PGlite (disk)', open: openPgliteInTemp, openShared: sharedPglite }];
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  try {
    await admin`select 1`;
    targets.push({
      name: 'PostgreSQL',
      open: () => openPostgresInNew(serverUrl),
      openShared: (poolSize) => sharedPostgres(serverUrl, poolSize),
    });
  } catch {
    console.warn(`No PostgreSQL server at ${serverUrl}: benchmarking PGlite only.`);
  } finally {
    await admin.end();
  }
  return targets;
}

async function openPgliteInTemp(): Promise<DatabaseHandle> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chronicle-bench-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function sharedPglite() {
  const dir = mkdtempSync(path.join(tmpdir(), 'chronicle-bench-'));
  const dataDir = path.join(dir, 'db');
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  return {
    handle,
    env: { CHRONICLE_DATA_DIR: dataDir },
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function openPostgresInNew(serverUrl: string): Promise<DatabaseHandle> {
  const { handle, drop } = await sharedPostgres(serverUrl);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/**
 * A database of the bench's own, as the server's user with DATABASE_URL alone: the raw baseline makes a table of its
 * own, and which role runs the app changes nothing a benchmark measures.
 */
async function sharedPostgres(serverUrl: string, poolSize = 4) {
  const name = `chronicle_bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  return {
    handle,
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
