import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { callerAs, newCommand } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { insights } from './insights';
import { inlineReadModels } from './registry';
import { SqlStore } from './sql-store';
import { tablesOf } from './store';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe(`reading many rows at once (${databaseKind})`, () => {
  it('answers each read as a read of its own would, in the order asked, missing rows as undefined', async () => {
    const { caller } = await callerAs(handle.db, 'Ana');
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Many', key: 'MNY' });
    const { taskId: first } = await caller.task.create({ ...newCommand(), projectId, title: 'First' });
    const { taskId: second } = await caller.task.create({ ...newCommand(), projectId, title: 'Second' });
    const store = new SqlStore(handle.db, tablesOf(inlineReadModels));
    const reads = [
      { table: 'tasks', key: { id: second } },
      { table: 'projects', key: { id: projectId } },
      { table: 'tasks', key: { id: '00000000-0000-4000-8000-000000000000' } },
      { table: 'tasks', key: { id: first } },
      { table: 'tasks', key: { id: second } },
    ];
    const many = await store.getMany(reads);
    const one = await Promise.all(reads.map((read) => store.get(read.table, read.key)));
    expect(many).toEqual(one);
    expect(many.map((row) => row?.title ?? row?.name)).toEqual(['Second', 'Many', undefined, 'First', 'Second']);
  });

  it("reads only its own build's rows of an async read model", async () => {
    const { caller } = await callerAs(handle.db, 'Ben');
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Builds', key: 'BLD' });
    const { statuses } = await caller.project.get({ projectId });
    const tables = tablesOf([insights]);
    const [older, newer] = [new SqlStore(handle.db, tables, 901), new SqlStore(handle.db, tables, 902)];
    const statusId = statuses[0]!.id;
    const row = { projectId, statusId, name: 'Old name', category: 'backlog', place: 0, tasks: 3 };
    await older.write({ insert: 'insightsStatuses', row });
    await older.write({ insert: 'insightsFlow', row: { projectId, day: '2026-12-03', statusId, tasks: 3 } });
    const reads = [
      { table: 'insightsStatuses', key: { projectId, statusId } },
      { table: 'insightsFlow', key: { projectId, day: '2026-12-03', statusId } },
      { table: 'insightsFlow', key: { projectId, day: '2026-12-04', statusId } },
    ];
    expect(await older.getMany(reads)).toEqual([row, { projectId, day: '2026-12-03', statusId, tasks: 3 }, undefined]);
    expect(await newer.getMany(reads)).toEqual([undefined, undefined, undefined]);
    await older.discardBuild();
  });
});
