import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { events } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { callerAs, newCommand } from '../testing/commands';
import { databaseKind, openTestDatabase } from '../testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const eventCount = async () => (await handle.db.select({ n: count() }).from(events))[0]?.n ?? 0;

describe(`commands through tRPC on ${databaseKind}`, () => {
  it('creates a project and a task and shows it on the board', async () => {
    const { caller } = await callerAs(handle.db);
    const project = await caller.project.create({ ...newCommand(), name: 'Website', key: 'web' });
    expect(project).toMatchObject({ key: 'WEB', streamVersion: 1 });
    const task = await caller.task.create({ ...newCommand(), projectId: project.projectId, title: 'Write the README' });
    expect(task).toMatchObject({ number: 1, streamVersion: 1 });
    const board = await caller.board.get({ projectId: project.projectId });
    expect(board.columns.map((c) => c.status.name)).toEqual(['Backlog', 'Todo', 'In progress', 'Done']);
    expect(board.columns[0]?.tasks.map((t) => t.title)).toEqual(['Write the README']);
  });

  it('refuses bad input with the field, and writes nothing', async () => {
    const { caller } = await callerAs(handle.db);
    const before = await eventCount();
    await expect(caller.project.create({ ...newCommand(), name: '  ', key: 'OK' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(caller.project.create({ ...newCommand(), name: 'x', key: '1X' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await eventCount()).toBe(before);
  });
});
