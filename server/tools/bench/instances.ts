import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import { appendToStreams } from '../../event-store';
import { metadata, renamed } from './append';

/**
 * Where one PostgreSQL server's ceiling is for this design: appends of one event per transaction from one process,
 * then from two at once (as two app instances would), each with WRITERS concurrent writers on streams of their own,
 * on the same database. Every append takes the one position counter row, so the total, not each process, is bounded.
 *   npx tsx --conditions=react-server server/tools/bench/instances.ts
 */
const WRITERS = 8;
const APPENDS = Number(process.env.BENCH_EVENTS ?? 4_000);

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await appendFromThisProcess(process.argv[3]!, Number(process.argv[4]))));
} else {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `chronicle_instances_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    await (await openDatabase({ kind: 'postgres', url: url.toString() })).close();
    for (const processes of [1, 2, 1, 2]) {
      // Started together, once each has loaded and connected: start-up is not counted.
      const startAt = Date.now() + 5_000;
      const outcomes = await Promise.all(Array.from({ length: processes }, () => child(url.toString(), startAt)));
      const seconds = (Math.max(...outcomes.map((o) => o.end)) - startAt) / 1000;
      const events = outcomes.reduce((sum, o) => sum + o.events, 0);
      console.log(`${processes} process(es) x ${WRITERS} writers: ${Math.round(events / seconds)} appends/s in all`);
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function appendFromThisProcess(url: string, startAt: number) {
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: WRITERS });
  const projectId = randomUUID();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const streamId = `task-${randomUUID()}`;
      for (let i = 0; i < APPENDS / WRITERS; i++) {
        const events = [{ streamId, projectId, expectedVersion: i, events: [renamed(i)] }];
        await handle.db.transaction((tx) => appendToStreams(tx, events, metadata(), new Date()));
      }
    }),
  );
  const end = Date.now();
  await handle.close();
  return { events: APPENDS, end };
}

type Outcome = { events: number; end: number };

function child(url: string, startAt: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const args = [
      '--import',
      'tsx',
      '--conditions=react-server',
      import.meta.filename,
      '--child',
      url,
      String(startAt),
    ];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Outcome);
      else reject(new Error(`exit ${code}`));
    });
  });
}
