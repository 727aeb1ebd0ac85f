import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DomainEvent } from '@/domain';
import { executeCommand } from '../../commands/execute';
import type { Database } from '../../db/types';
import { executePrepared } from '../../db/prepared';
import { appendToStreams } from '../../event-store';
import { insertUser } from '../../queries/users';
import { commandContext, projectCommandContext } from '../testing/commands';

export interface Measure {
  name: string;
  events: number;
  seconds: number;
}

const time = async (name: string, events: number, work: () => Promise<void>): Promise<Measure> => {
  const start = performance.now();
  await work();
  return { name, events, seconds: (performance.now() - start) / 1000 };
};

export const metadata = () => {
  const id = randomUUID();
  return { actorId: randomUUID(), commandId: id, correlationId: id, causationId: id };
};
export const renamed = (i: number): DomainEvent => ({ type: 'TaskRenamed', data: { title: `Title ${i}` } });

export const createBaselineTable = (db: Database) =>
  db.execute(sql`create table if not exists bench_baseline (id bigserial primary key, data jsonb not null)`);

export const insertBaselineRow = (db: Database, i: number) =>
  db.transaction(async (tx) => {
    await executePrepared(
      tx,
      sql`insert into bench_baseline (data) values (${JSON.stringify({ title: `Title ${i}` })}::jsonb)`,
    );
  });

/** The floor any append is compared with: one-row INSERT transactions into a plain table of the same database. */
export async function rawInsertBaseline(db: Database, n: number) {
  await createBaselineTable(db);
  return time('raw single-row INSERT transactions (baseline)', n, async () => {
    for (let i = 0; i < n; i++) await insertBaselineRow(db, i);
  });
}

export async function appendOneByOne(db: Database, n: number) {
  const projectId = randomUUID();
  const streamId = `task-${randomUUID()}`;
  return time('append, one event per transaction', n, async () => {
    for (let i = 0; i < n; i++) {
      await db.transaction((tx) =>
        appendToStreams(
          tx,
          [{ streamId, projectId, expectedVersion: i, events: [renamed(i)] }],
          metadata(),
          new Date(),
        ),
      );
    }
  });
}

export async function appendBatched(db: Database, n: number, batch = 100) {
  const projectId = randomUUID();
  const streamId = `task-${randomUUID()}`;
  return time(`append, ${batch} events per transaction`, n, async () => {
    for (let i = 0; i < n; i += batch) {
      const events = Array.from({ length: batch }, (_, j) => renamed(i + j));
      await db.transaction((tx) =>
        appendToStreams(tx, [{ streamId, projectId, expectedVersion: i, events }], metadata(), new Date()),
      );
    }
  });
}

/** A project of `count` tasks, and RenameTask on one of them through the whole command path, as its owner. */
export async function renamableTasks(db: Database, count: number) {
  const person = await insertUser(db, 'Bench');
  const { projectId } = await executeCommand(commandContext(db, person.id), {
    type: 'CreateProject',
    name: 'Bench',
    key: 'BENCH',
  });
  const inTheProject = () => projectCommandContext(db, person.id, projectId);
  const tasks: string[] = [];
  for (let i = 0; i < count; i++)
    tasks.push((await executeCommand(inTheProject(), { type: 'CreateTask', projectId, title: `Task ${i}` })).taskId);
  const rename = (taskId: string, title: string) =>
    executeCommand(inTheProject(), { type: 'RenameTask', taskId, title });
  return { tasks, rename };
}

/** The whole command path: idempotency check, locks, load and fold, decide, append, inline projections. */
export async function fullCommands(db: Database, n: number) {
  const { tasks, rename } = await renamableTasks(db, 20);
  return time('command path (task.rename), one command per transaction', n, async () => {
    for (let i = 0; i < n; i++) await rename(tasks[i % tasks.length]!, `Title ${i}`);
  });
}
