import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { seedDemo } from '../tools/seed/demo';
import { callerAsDemoOwner } from '../tools/testing/commands';
import { copyOf, migratedDataDir, startHolder, temporaryDataDir, type DataFolder } from '../tools/testing/data-folder';
import { startScript } from '../tools/testing/script-process';

/** The npm scripts, each in a process of its own, on embedded database folders (whatever DATABASE_URL says). */
const backup = (dataDir: string, ...args: string[]) => startScript('server/tools/scripts/backup.ts', args, dataDir);
const restore = (dataDir: string, file: string) => startScript('server/tools/scripts/restore.ts', [file], dataDir);

let template: DataFolder;
let source: DataFolder;
let demo: Awaited<ReturnType<typeof seedDemo>>;
const folders: DataFolder[] = [];
beforeAll(async () => {
  template = await migratedDataDir();
  source = copyOf(template);
  const handle = await openDatabase({ kind: 'pglite', dataDir: source.dataDir });
  demo = await seedDemo(handle.db);
  await handle.close();
});
afterAll(() => {
  for (const folder of [template, source, ...folders]) folder.remove();
});

describe('npm run backup and npm run restore', () => {
  it('back up a folder, restore it into an empty one, which then shows the same project', async () => {
    const file = path.join(path.dirname(source.dataDir), 'backup.ndjson');
    const backingUp = backup(source.dataDir, file);
    expect(await backingUp.exitWithin(60_000)).toEqual({ code: 0, signal: null });
    expect(backingUp.lines[0]).toMatch(/^Backed up pglite at position \d+ to .*backup\.ndjson: events \d+, users 5, /);
    expect(backingUp.lines[1]).toMatch(/^Without secrets/);

    const target = copyOf(template);
    folders.push(target);
    const restoring = restore(target.dataDir, file);
    expect(await restoring.exitWithin(60_000)).toEqual({ code: 0, signal: null });
    expect(restoring.lines).toContain(
      'Read models are not in a backup: rebuilt them from the log (inline, insights, inbox).',
    );
    expect(restoring.stderr()).toMatch(/restore +\[=+\] 100% \| \d+\/\d+ rows/);
    expect(restoring.stderr()).toMatch(/inline +\[=+\] 100%/);

    const [from, to] = [source, target].map((f) => openDatabase({ kind: 'pglite', dataDir: f.dataDir }));
    const original = await from!;
    const restored = await to!;
    try {
      const board = (db: typeof original.db) => callerAsDemoOwner(db, demo).board.get({ projectId: demo.projectId });
      expect(await board(restored.db)).toEqual(await board(original.db));
    } finally {
      await original.close();
      await restored.close();
    }

    // Again into the same folder: it is no longer empty.
    const again = restore(target.dataDir, file);
    expect(await again.exitWithin(60_000)).toEqual({ code: 1, signal: null });
    expect(again.stderr()).toMatch(
      /^Nothing was restored\. The database is not empty \(.*\): restore writes only into an empty database/m,
    );
  });

  it('refuses to back up a folder the app holds, saying what to do', async () => {
    const held = copyOf(template);
    folders.push(held);
    const app = startHolder(held.dataDir, '--idle');
    try {
      await app.waitFor((lines) => lines.includes('opened'), 'the holder to open the folder');
      const file = path.join(path.dirname(held.dataDir), 'refused.ndjson');
      const refused = backup(held.dataDir, file);
      expect(await refused.exitWithin(60_000)).toEqual({ code: 1, signal: null });
      expect(refused.stderr()).toContain(`The embedded database in ${held.dataDir} is in use by process ${app.pid}`);
      expect(refused.stderr()).toContain('stop the app, then run the backup');
      expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
    } finally {
      // Idle, it would wait minutes before acting on SIGTERM.
      app.signal('SIGKILL');
      await app.exit;
    }
  });

  it('explains its usage', async () => {
    const folder = temporaryDataDir();
    folders.push(folder);
    const noFile = backup(folder.dataDir);
    expect(await noFile.exitWithin(60_000)).toEqual({ code: 2, signal: null });
    expect(noFile.stderr()).toContain('Usage: npm run backup -- FILE [--with-secrets]');
  });
});
