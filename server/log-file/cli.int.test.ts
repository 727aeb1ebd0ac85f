import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { projectsView } from '../db/schema';
import type { Database, DatabaseHandle } from '../db/types';
import { readProjectHistory } from '../event-store';
import { callerAs } from '../tools/testing/commands';
import { migratedDataDir, type DataFolder } from '../tools/testing/data-folder';
import { databaseKind, openTestDatabase, urlsOf } from '../tools/testing/database';
import { smallProject } from '../tools/testing/log-file';
import { logHeader } from './format';

/**
 * `npm run log` as a person runs it, in a process of its own on the suite's kind of database: on PGlite a data folder
 * (which the test lets go of while the script holds it), on PostgreSQL the test's own database.
 */
interface Place {
  env: Record<string, string>;
  /** Runs `read` on the database while no script holds it. */
  use<T>(read: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function pglitePlace(): Promise<Place> {
  const folder: DataFolder = await migratedDataDir();
  return {
    env: { DATABASE_URL: '', DATABASE_OWNER_URL: '', CHRONICLE_DATA_DIR: folder.dataDir },
    async use(read) {
      const handle = await openDatabase({ kind: 'pglite', dataDir: folder.dataDir });
      try {
        return await read(handle.db);
      } finally {
        await handle.close();
      }
    },
    close: () => {
      folder.remove();
      return Promise.resolve();
    },
  };
}

async function postgresPlace(): Promise<Place> {
  const handle: DatabaseHandle = await openTestDatabase();
  const urls = await urlsOf(handle.db);
  return {
    env: { DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner },
    use: (read) => read(handle.db),
    close: () => handle.close(),
  };
}

function runLog(place: Place, args: readonly string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'server/tools/scripts/log.ts', ...args],
    { env: { ...process.env, ...place.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.once('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: err });
    });
  });
}

let place: Place;
let work: string;
let project: { projectId: string; key: string };
let ownerEmail: string;
beforeAll(async () => {
  place = databaseKind === 'PGlite' ? await pglitePlace() : await postgresPlace();
  work = mkdtempSync(path.join(tmpdir(), 'chronicle-log-'));
  ({ project, ownerEmail } = await place.use(async (db) => {
    const { caller, person } = await callerAs(db, 'Olga');
    return { project: await smallProject(caller), ownerEmail: person.email };
  }));
}, 60_000);
afterAll(async () => {
  await place.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`npm run log on ${databaseKind}`, () => {
  it('exports a project to stdout and imports the file as a new project', async () => {
    const exported = await runLog(place, ['export', project.key]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trimEnd().split('\n');
    const header = logHeader.parse(JSON.parse(lines[0]!));
    const source = await place.use((db) => readProjectHistory(db, project.projectId, { limit: 1_000 }));
    expect(header).toMatchObject({ project: { id: project.projectId, key: project.key }, events: source.length });
    expect(lines).toHaveLength(source.length + 1);
    const file = path.join(work, 'small.ndjson');
    writeFileSync(file, exported.stdout);

    // Its key is taken here (the source is still here): refused, naming it, until another is given.
    const refused = await runLog(place, ['import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The key ${project.key} is already used by another project`);
    expect(refused.stderr).toContain('--key');

    const imported = await runLog(place, ['import', file, '--key', 'COPY', '--owner', ownerEmail]);
    expect(imported.stderr).toContain(`Imported ${source.length} events as project COPY (Small).`);
    expect(imported.code).toBe(0);
    const copy = await place.use(async (db) => {
      const [row] = await db.select().from(projectsView).where(eq(projectsView.key, 'COPY'));
      return readProjectHistory(db, row!.id, { limit: 1_000 });
    });
    // Every event again, in order; the owner was already its owner (the same account here), so nothing is added.
    expect(copy.map((e) => e.type)).toEqual(source.map((e) => e.type));
  });

  it('says how it is used, and refuses an unknown project', async () => {
    const usage = await runLog(place, ['explode']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run log -- export KEY');
    const missing = await runLog(place, ['export', 'NOPE']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No project has the key NOPE');
  });
});
