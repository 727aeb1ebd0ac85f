import type { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';

const MIGRATIONS = path.join(process.cwd(), 'server/db/migrations');
const CACHE = path.join(process.cwd(), 'node_modules/.cache/chronicle-tests');

/**
 * An empty, migrated PGlite data folder, dumped once per set of migrations and PGlite version and kept on disk, so
 * that each test file's database loads it (about 0.5 s) instead of running initdb (2-3 s) and every migration.
 * Each database still migrates on opening, which finds nothing to do.
 */
export async function migratedPgliteTemplate(): Promise<Blob> {
  const file = path.join(CACHE, `pglite-${templateKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const handle = await openDatabase({ kind: 'pglite' });
  const dump = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
  await handle.close();
  mkdirSync(CACHE, { recursive: true });
  // Files running side by side may make it at the same time: each writes its own and renames it into place.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

function templateKey(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as {
    version: string;
  };
  hash.update(pglite.version);
  for (const name of readdirSync(MIGRATIONS, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(MIGRATIONS, name);
    if (name.endsWith('.sql') || name.endsWith('.json')) hash.update(name).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}
