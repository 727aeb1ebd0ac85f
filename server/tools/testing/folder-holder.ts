import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataFolderInUseError } from '../../db/data-folder-in-use-error';
import { openDatabase } from '../../db/open';
import type { Database } from '../../db/types';
import { appendToStreams, readAll } from '../../event-store';

/**
 * A process of its own on an embedded database folder, for the folder lock's tests: `node --import tsx
 * server/tools/testing/folder-holder.ts MODE DATA_DIR`. Each line it prints is a fact the test checks afterwards:
 *
 * - `hold`: opens the folder and appends an event every 20 ms until SIGTERM, then closes it. `--tight` appends
 *   back to back, never letting a timer run; `--idle` appends three and then waits.
 * - `wait`: tries to open the folder every 10 ms until it can, then reads the log back.
 *
 * Lines: `opened`, `appended POSITION` (after its commit), `closed`; `waiting`, then `opened STARTED OPEN_MS` (when
 * the attempt that succeeded started, in epoch ms, and how long it took) and `log POSITIONS` (comma-separated).
 */
const [mode, dataDir, pace = '--steady'] = process.argv.slice(2);
if (!dataDir || !['hold', 'wait'].includes(mode ?? '') || !['--steady', '--tight', '--idle'].includes(pace)) {
  throw new Error('Usage: folder-holder.ts hold DATA_DIR [--tight|--idle] | wait DATA_DIR');
}
if (mode === 'hold') await hold(dataDir);
else await wait(dataDir);

async function hold(folder: string) {
  const handle = await openDatabase({ kind: 'pglite', dataDir: folder });
  console.log('opened');
  const stop = new AbortController();
  process.once('SIGTERM', () => {
    stop.abort();
  });
  const projectId = randomUUID();
  for (let version = 0; !stop.signal.aborted; version++) {
    // A timer that keeps the process alive, as a server's listening socket would; the lock's own timer does not.
    if (pace === '--idle' && version === 3) await sleep(10 * 60_000);
    console.log(`appended ${await appendOne(handle.db, projectId, version)}`);
    if (pace !== '--tight') await sleep(20);
  }
  await handle.close();
  console.log('closed');
}

async function appendOne(db: Database, projectId: string, version: number): Promise<number> {
  const commandId = randomUUID();
  const [event] = await db.transaction((tx) =>
    appendToStreams(
      tx,
      [
        {
          streamId: `project-${projectId}`,
          projectId,
          expectedVersion: version,
          events: [{ type: 'ProjectRenamed', data: { name: `Name ${version + 1}` } }],
        },
      ],
      { actorId: randomUUID(), commandId, correlationId: commandId, causationId: commandId },
      new Date(),
    ),
  );
  return event!.position;
}

async function wait(folder: string) {
  console.log('waiting');
  for (;;) {
    const startedAt = Date.now();
    try {
      const handle = await openDatabase({ kind: 'pglite', dataDir: folder });
      console.log(`opened ${startedAt} ${Date.now() - startedAt}`);
      const events = await readAll(handle.db, { limit: 100_000 });
      console.log(`log ${events.map((e) => e.position).join(',')}`);
      await handle.close();
      return;
    } catch (error) {
      if (!(error instanceof DataFolderInUseError)) throw error;
      await sleep(10);
    }
  }
}
