import { SingleBar } from 'cli-progress';
import { writeBackup } from '../../backup/write-backup';
import { openFromEnv } from './open-from-env';

const usage = 'Usage: npm run backup -- FILE [--with-secrets]';
const args = process.argv.slice(2);
const withSecrets = args.includes('--with-secrets');
const files = args.filter((a) => a !== '--with-secrets');
const file = files[0];

if (!file || files.length > 1 || file.startsWith('--')) {
  console.error(usage);
  process.exit(2);
}

const handle = await openFromEnv({
  whenInUse:
    'The embedded database can be backed up only by the process that holds it: stop the app, then run the backup ' +
    '(or copy the data folder while the app is stopped). README, "Your data: backup and restore".',
});
// On stderr, so that what stdout says stays a short record of what was written.
const bar = new SingleBar({
  stream: process.stderr,
  noTTYOutput: true,
  notTTYSchedule: 2_000,
  format: 'backup [{bar}] {percentage}% | {value}/{total} rows | {table}',
});
let started = false;
try {
  const header = await writeBackup(handle, file, {
    withSecrets,
    onProgress: (written, total, table) => {
      if (written === 0 || !started) bar.start(total, written, { table });
      started = true;
      bar.update(written, { table });
    },
  });
  bar.stop();
  const rows = header.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
  console.log(`Backed up ${handle.kind} at position ${header.position} to ${file}: ${rows}.`);
  console.log(
    withSecrets
      ? 'With secrets (password hashes, sessions, the session key): keep this file as safe as the database.'
      : 'Without secrets: people will not be able to sign in with their passwords after restoring it (--with-secrets).',
  );
} catch (error) {
  bar.stop();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
