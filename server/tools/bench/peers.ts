import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import type { Database } from '../../db/types';
import { appendToStreams, readStream } from '../../event-store';
import { createBaselineTable, insertBaselineRow, metadata, renamableTasks, renamed } from './append';
import { inRounds, median, medianRatio, type Contender, type Outcome } from './rounds';
import type { BenchTarget } from './targets';

const ROUNDS = 7;
// Emmett's pg pool holds 10 connections unless told otherwise: Chronicle's gets as many, so with 8 writers neither
// side waits for a connection the other would have had.
const POOL_SIZE = 10;
const WRITERS = [1, 8];
const BATCH = 100;
const LONG_STREAM = 5_000;
const READS_PER_ROUND = 3;
const TASKS_PER_WRITER = 3;

export interface PeerRow {
  benchmark: string;
  samples: number;
  rate: number;
  ofBaseline: number;
  baseline: string;
}

/** Contenders measured in the same rounds, and which of them is compared with which. */
interface Group {
  name: string;
  contenders: Contender[];
  ratios: [of: string, to: string][];
}

/**
 * Chronicle next to Emmett's PostgreSQL event store and to raw INSERTs, in a database of their own. Emmett has no
 * PGlite driver, so on PGlite only the comparisons with raw INSERTs run.
 */
export async function peerBenchmarks(target: BenchTarget, n: number): Promise<PeerRow[]> {
  const shared = await target.openShared(POOL_SIZE);
  const { handle, env } = shared;
  const emmett = handle.kind === 'postgres' ? getPostgreSQLEventStore(env.DATABASE_URL!) : undefined;
  if (!emmett) console.log(`${target.name}: the Emmett peer rows are PostgreSQL-only; Chronicle against raw INSERTs.`);
  try {
    const rows: PeerRow[] = [];
    for (const group of await groups(handle.db, emmett, n)) {
      rows.push(...rowsOf(group, await inRounds(group.contenders, ROUNDS)));
    }
    return rows;
  } finally {
    await emmett?.close();
    await handle.close();
    await shared.drop();
  }
}

async function groups(db: Database, emmett: PostgresEventStore | undefined, n: number): Promise<Group[]> {
  await createBaselineTable(db);
  let inserted = 0;
  const rawInserters = (writers: number) => times(writers, () => () => insertBaselineRow(db, inserted++));
  const perRound = Math.max(8, Math.round(n / ROUNDS));

  const appends = WRITERS.map((writers): Group => {
    const steps = Math.ceil(perRound / writers);
    const chronicle = times(writers, () => chronicleStream(db)).map(oneEventAtATime);
    const peer = emmett && times(writers, () => emmettStream(emmett)).map(oneEventAtATime);
    return {
      name: `append, one event per transaction, ${writersOf(writers)}`,
      contenders: [
        contender('Chronicle', chronicle, steps),
        ...(peer ? [contender('Emmett', peer, steps)] : []),
        contender('raw INSERT', rawInserters(writers), steps),
      ],
      ratios: [
        ['Chronicle', 'Emmett'],
        ['Chronicle', 'raw INSERT'],
      ],
    };
  });

  const { tasks, rename } = await renamableTasks(db, Math.max(...WRITERS) * TASKS_PER_WRITER);
  let renames = 0;
  const renamer = (writer: number) => {
    const own = tasks.slice(writer * TASKS_PER_WRITER, (writer + 1) * TASKS_PER_WRITER);
    let i = 0;
    // A title of its own each time: renaming a task to the title it has decides no event.
    return () => rename(own[i++ % own.length]!, `Title ${++renames}`);
  };
  const commandsPerRound = Math.max(8, Math.round(n / 2 / ROUNDS));
  const commands: Group = {
    name: 'command path (task.rename), one command per transaction',
    contenders: WRITERS.flatMap((writers) => {
      const steps = Math.ceil(commandsPerRound / writers);
      return [
        contender(`Chronicle, ${writersOf(writers)}`, times(writers, renamer), steps),
        contender(`raw INSERT, ${writersOf(writers)}`, rawInserters(writers), steps),
      ];
    }),
    ratios: [
      ['Chronicle, 1 writer', 'raw INSERT, 1 writer'],
      ['Chronicle, 8 writers', 'raw INSERT, 8 writers'],
      ['Chronicle, 8 writers', 'Chronicle, 1 writer'],
    ],
  };

  return emmett ? [...appends, ...(await againstEmmett(db, emmett, n)), commands] : [...appends, commands];
}

async function againstEmmett(db: Database, emmett: PostgresEventStore, n: number): Promise<Group[]> {
  const batches = Math.max(1, Math.round((n * 5) / BATCH / ROUNDS));
  const chronicle = chronicleStream(db);
  const peer = emmettStream(emmett);
  const chronicleLong = chronicleStream(db);
  const peerLong = emmettStream(emmett);
  for (let i = 0; i < LONG_STREAM; i += BATCH) {
    await chronicleLong.append(BATCH);
    await peerLong.append(BATCH);
  }
  const count = (events: number) => events + 1;
  const long = LONG_STREAM.toLocaleString('en');
  const ratios: Group['ratios'] = [['Chronicle', 'Emmett']];
  return [
    {
      name: `append, ${BATCH} events in one transaction, 1 writer`,
      contenders: [
        contender('Chronicle', [() => chronicle.append(BATCH)], batches, BATCH),
        contender('Emmett', [() => peer.append(BATCH)], batches, BATCH),
      ],
      ratios,
    },
    {
      name: `read a ${long}-event stream`,
      contenders: [
        contender('Chronicle', [() => readStream(db, chronicleLong.streamId)], READS_PER_ROUND, LONG_STREAM),
        contender('Emmett', [() => emmett.readStream(peerLong.streamName)], READS_PER_ROUND, LONG_STREAM),
      ],
      ratios,
    },
    {
      name: `read and fold a ${long}-event stream`,
      contenders: [
        contender(
          'Chronicle',
          [async () => (await readStream(db, chronicleLong.streamId)).reduce(count, 0)],
          READS_PER_ROUND,
          LONG_STREAM,
        ),
        contender(
          'Emmett',
          [() => emmett.aggregateStream(peerLong.streamName, { evolve: count, initialState: () => 0 })],
          READS_PER_ROUND,
          LONG_STREAM,
        ),
      ],
      ratios,
    },
  ];
}

/** Rates are the median round's, as the ratios are, so one disturbed round moves neither. */
function rowsOf(group: Group, outcomes: Map<string, Outcome>): PeerRow[] {
  return group.contenders.flatMap(({ name }) => {
    const outcome = outcomes.get(name)!;
    const row = { benchmark: `${group.name}: ${name}`, samples: outcome.events, rate: median(outcome.rates) };
    const against = group.ratios.filter(([of, to]) => of === name && outcomes.has(to));
    if (against.length === 0) return [{ ...row, ofBaseline: 1, baseline: name }];
    return against.map(([, to]) => ({
      ...row,
      ofBaseline: medianRatio(outcome, outcomes.get(to)!),
      baseline: `${to} (median of per-round ratios)`,
    }));
  });
}

/** Each writer is a step it repeats, alongside the other writers; a step handles `perStep` events. */
function contender(name: string, writers: (() => Promise<unknown>)[], steps: number, perStep = 1): Contender {
  return {
    name,
    run: async () => {
      await Promise.all(
        writers.map(async (step) => {
          for (let i = 0; i < steps; i++) await step();
        }),
      );
      return writers.length * steps * perStep;
    },
  };
}

// Each writer appends to a stream of its own, so writers never conflict and only each store's own locks order them.
function chronicleStream(db: Database) {
  const streamId = `task-${randomUUID()}`;
  const projectId = randomUUID();
  let version = 0;
  return {
    streamId,
    append: async (count: number) => {
      const write = { streamId, projectId, expectedVersion: version, events: events(version, count) };
      await db.transaction((tx) => appendToStreams(tx, [write], metadata(), new Date()));
      version += count;
    },
  };
}

function emmettStream(store: PostgresEventStore) {
  const streamName = `task-${randomUUID()}`;
  let version = 0n;
  return {
    streamName,
    append: async (count: number) => {
      const appended = await store.appendToStream(streamName, events(Number(version), count), {
        expectedStreamVersion: version,
      });
      version = appended.nextExpectedStreamVersion;
    },
  };
}

const oneEventAtATime = (stream: { append(events: number): Promise<void> }) => () => stream.append(1);
const events = (from: number, count: number) => times(count, (i) => renamed(from + i));
const times = <T>(count: number, make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
const writersOf = (writers: number) => (writers === 1 ? '1 writer' : `${writers} writers`);
