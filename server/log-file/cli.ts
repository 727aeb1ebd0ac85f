import { createReadStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SingleBar } from 'cli-progress';
import { eq } from 'drizzle-orm';
import { DomainError } from '@/domain';
import { projectsView, users } from '../db/schema';
import type { Database } from '../db/types';
import { exportProjectLog } from './export';
import { importProjectLog } from './import';
import { linesOf } from './lines';

export const LOG_USAGE =
  'Usage: npm run log -- export KEY > FILE.ndjson\n       npm run log -- import FILE.ndjson [--key NEW] [--owner EMAIL]';

/** `export KEY`: the project's log on `out` (stdout), a progress bar on stderr. */
export async function exportCommand(db: Database, key: string, out: Writable) {
  const [project] = await db
    .select({ id: projectsView.id })
    .from(projectsView)
    .where(eq(projectsView.key, key.toUpperCase()));
  if (!project) throw new DomainError('not_found', `No project has the key ${key}`);
  const bar = progressBar();
  let started = false;
  await pipeline(
    Readable.from(
      exportProjectLog(db, project, {
        onEvents: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          if (done % 500 === 0 || done === total) bar.update(done);
        },
      }),
    ),
    out,
  );
  bar.stop();
}

/** `import FILE [--key NEW] [--owner EMAIL]`: the file read line by line, all of it or nothing written. */
export async function importCommand(db: Database, file: string, flags: { key?: string; owner?: string }) {
  let ownerId: string | undefined;
  if (flags.owner !== undefined) {
    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.email, flags.owner.toLowerCase()));
    if (!owner) throw new DomainError('not_found', `No account here has the address ${flags.owner}`);
    ownerId = owner.id;
  }
  const bar = progressBar();
  let started = false;
  try {
    return await importProjectLog(db, linesOf(createReadStream(file)), {
      key: flags.key,
      ownerId,
      onEvents: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        if (done % 500 === 0 || done === total) bar.update(done);
      },
    });
  } finally {
    bar.stop();
  }
}

const progressBar = () =>
  new SingleBar({
    format: '{bar} {value}/{total} events | {percentage}% | ETA {eta}s',
    stream: process.stderr,
    hideCursor: true,
  });
