import { MultiBar, type SingleBar } from 'cli-progress';
import { max } from 'drizzle-orm';
import { BackupFileError } from '../../backup/format';
import { rebuildEveryReadModel } from '../../backup/rebuild-all';
import { restoreBackup, TargetNotEmptyError } from '../../backup/restore-backup';
import { events } from '../../db/schema';
import type { Database } from '../../db/types';
import { openFromEnv } from './open-from-env';

const usage = 'Usage: npm run restore -- FILE   (into an empty database: DATABASE_URL, or CHRONICLE_DATA_DIR)';
const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0 || file.startsWith('--')) {
  console.error(usage);
  process.exit(2);
}

const handle = await openFromEnv();
// Progress goes to stderr; stdout says what was restored.
const bars = new MultiBar({
  stream: process.stderr,
  noTTYOutput: true,
  notTTYSchedule: 2_000,
  format: '{name} [{bar}] {percentage}% | {value}/{total} {unit}',
});
try {
  let restoring: SingleBar | undefined;
  const header = await restoreBackup(handle.db, file, {
    onProgress: (restored, total) => {
      restoring ??= bars.create(total, 0, { name: 'restore  ', unit: 'rows' });
      restoring.update(restored);
    },
  }).catch((error: unknown) => {
    if (error instanceof BackupFileError || error instanceof TargetNotEmptyError) {
      throw new Error(`Nothing was restored. ${error.message}`);
    }
    throw error;
  });
  const rows = header.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
  console.log(`Restored ${file} (made at position ${header.position} on ${header.createdAt}): ${rows}.`);
  const built = await rebuild(handle.db).catch((error: unknown) => {
    throw new Error(
      `The backup is restored, but rebuilding the read models failed (${String(error)}): ` +
        'run `npm run projections -- rebuild --all` before starting the app.',
    );
  });
  bars.stop();
  console.log(`Read models are not in a backup: rebuilt them from the log (${built.join(', ')}).`);
  if (!header.withSecrets) {
    console.log(
      'The backup holds no secrets (password hashes, sessions): nobody can sign in with a password here until they ' +
        'have one again. Restore a backup made with --with-secrets to keep sign-ins.',
    );
  }
} catch (error) {
  bars.stop();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}

async function rebuild(db: Database) {
  const [last] = await db.select({ position: max(events.position) }).from(events);
  const head = last?.position ?? 0;
  const rebuilding = new Map<string, SingleBar>();
  return rebuildEveryReadModel(db, (projection, position) => {
    let bar = rebuilding.get(projection);
    if (!bar) {
      bar = bars.create(head, 0, { name: projection.padEnd(9), unit: 'positions' });
      rebuilding.set(projection, bar);
    }
    bar.update(position);
  });
}
