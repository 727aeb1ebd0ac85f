import { describe, expect, it } from 'vitest';
import { insightsStatuses, tasksView } from '../db/schema';
import { buildTable, holdingPositions, table, type Tables } from './define';
import { MemoryStore } from './memory-store';
import { PendingRows } from './pending-rows';

const tables: Tables = { tasks: holdingPositions(table(tasksView, 'id'), 'lastPosition') };
const task = (id: string, statusId: string) => ({ id, title: `Task ${id}`, statusId, lastPosition: 40 });

/** The live tables as a MemoryStore holding two tasks: what PendingRows reads before any change. */
async function live() {
  const source = new MemoryStore(tables);
  for (const row of [task('a', 'todo'), task('b', 'todo')]) await source.write({ insert: 'tasks', row });
  return source;
}

describe('the rows a command changes before its write', () => {
  it('are read once, and a later event reads what an earlier one changed', async () => {
    const source = await live();
    let reads = 0;
    const counting = { get: (t: string, k: object) => (reads++, source.get(t, k)), find: source.find.bind(source) };
    const rows = new PendingRows(counting, tables);
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { title: 'Renamed' } });
    expect(await rows.get('tasks', { id: 'a' })).toMatchObject({ title: 'Renamed', statusId: 'todo' });
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { statusId: 'done' } });
    expect(await rows.get('tasks', { id: 'a' })).toMatchObject({ title: 'Renamed', statusId: 'done' });
    expect(reads).toBe(1);
    // The live table itself is untouched: the changes wait for the append's statement.
    expect(await source.get('tasks', { id: 'a' })).toMatchObject({ title: 'Task a', statusId: 'todo' });
  });

  it('find rows as the pending changes left them: inserted, deleted, and moved in or out of the filter', async () => {
    const rows = new PendingRows(await live(), tables);
    await rows.write({ insert: 'tasks', row: task('c', 'todo') });
    await rows.write({ delete: 'tasks', key: { id: 'b' } });
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { statusId: 'done' } });
    expect((await rows.find('tasks', { statusId: 'todo' })).map((r) => (r as { id: string }).id)).toEqual(['c']);
    expect((await rows.find('tasks', { statusId: 'done' })).map((r) => (r as { id: string }).id)).toEqual(['a']);
    expect(await rows.get('tasks', { id: 'b' })).toBeUndefined();
  });

  it('are kept in order as row writes in SQL names, naming the columns that hold a position', async () => {
    const rows = new PendingRows(await live(), tables);
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { title: 'x', lastPosition: 1 } });
    await rows.write({ delete: 'tasks', key: { id: 'b' } });
    expect(rows.writes).toEqual([
      {
        op: 'update',
        table: 'tasks_view',
        key: { id: 'a' },
        row: { title: 'x', last_position: 1 },
        positions: ['last_position'],
      },
      { op: 'delete', table: 'tasks_view', key: { id: 'b' }, positions: ['last_position'] },
    ]);
  });

  it('read the declared rows in one go, and then read nothing more for them', async () => {
    const source = await live();
    const asked: unknown[] = [];
    const batching = {
      get: () => Promise.reject(new Error('a prefetched row was read again')),
      find: source.find.bind(source),
      getMany: (reads: readonly { table: string; key: object }[]) => {
        asked.push(reads);
        return Promise.all(reads.map((r) => source.get(r.table, r.key))) as Promise<Record<string, unknown>[]>;
      },
    };
    const rows = new PendingRows(batching, tables);
    await rows.prefetch([
      { table: 'tasks', key: { id: 'a' } },
      { table: 'tasks', key: { id: 'a' } },
      { table: 'tasks', key: { id: 'z' } },
    ]);
    expect(asked).toEqual([
      [
        { table: 'tasks', key: { id: 'a' } },
        { table: 'tasks', key: { id: 'z' } },
      ],
    ]);
    expect(await rows.get('tasks', { id: 'a' })).toMatchObject({ title: 'Task a' });
    expect(await rows.get('tasks', { id: 'z' })).toBeUndefined();
  });

  it("fold a row's later updates into its earlier write, where no unique index beyond the key could tell", async () => {
    const counts: Tables = { statuses: buildTable(insightsStatuses, 'projectId', 'statusId') };
    const rows = new PendingRows(new MemoryStore(counts), counts, 7);
    const status = (statusId: string) => ({ projectId: 'p', statusId, name: statusId, category: 'started', place: 0 });
    await rows.write({ insert: 'statuses', row: { ...status('s1'), tasks: 0 } });
    await rows.write({ update: 'statuses', key: { projectId: 'p', statusId: 's1' }, set: { tasks: 1 } });
    await rows.write({ insert: 'statuses', row: { ...status('s2'), tasks: 0 } });
    await rows.write({ update: 'statuses', key: { projectId: 'p', statusId: 's1' }, set: { tasks: 2, place: 1 } });
    await rows.write({ update: 'statuses', key: { projectId: 'p', statusId: 's2' }, set: { tasks: 5 } });
    await rows.write({ delete: 'statuses', key: { projectId: 'p', statusId: 's2' } });
    await rows.write({ update: 'statuses', key: { projectId: 'p', statusId: 's2' }, set: { tasks: 6 } });
    const inSql = { project_id: 'p', category: 'started', version: 7 };
    expect(rows.writes.map(({ op, row, key }) => ({ op, row, key }))).toEqual([
      { op: 'insert', row: { ...inSql, status_id: 's1', name: 's1', place: 1, tasks: 2 }, key: undefined },
      { op: 'insert', row: { ...inSql, status_id: 's2', name: 's2', place: 0, tasks: 5 }, key: undefined },
      { op: 'delete', row: undefined, key: { project_id: 'p', status_id: 's2', version: 7 } },
      { op: 'update', row: { tasks: 6 }, key: { project_id: 'p', status_id: 's2', version: 7 } },
    ]);
  });

  it('keep every write in its place on a table with a unique index beyond its key', async () => {
    const rows = new PendingRows(await live(), tables);
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { title: 'x' } });
    await rows.write({ update: 'tasks', key: { id: 'a' }, set: { title: 'y' } });
    expect(rows.writes.map((w) => w.row)).toEqual([{ title: 'x' }, { title: 'y' }]);
  });
});
