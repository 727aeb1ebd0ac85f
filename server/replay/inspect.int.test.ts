import { randomUUID } from 'node:crypto';
import { eq, getTableColumns } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, tasksView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { callerAs } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let keys = 0;
const nextKey = () => `I${(++keys).toString().padStart(3, '0')}`;

/** A project with one task moved from its first status to "In progress": the inspector's example. */
async function movedTask() {
  const { caller } = await callerAs(handle.db, 'Ana');
  const { projectId } = await caller.project.create({ commandId: randomUUID(), name: 'Inspected', key: nextKey() });
  const { taskId } = await caller.task.create({ commandId: randomUUID(), projectId, title: 'Trace me' });
  const board = await caller.board.get({ projectId });
  const doing = board.project.statuses.find((status) => status.name === 'In progress')!;
  const commandId = randomUUID();
  await caller.task.move({ commandId, taskId, toStatusId: doing.id });
  const position = (
    await handle.db
      .select({ position: events.position })
      .from(events)
      .where(eq(events.streamId, `task-${taskId}`))
  ).at(-1)!.position;
  return { caller, projectId, taskId, doing, commandId, position };
}

describe(`the inspector follows a command on ${databaseKind}`, () => {
  it('shows the command as decided, with names for its ids, and the procedure it came through', async () => {
    const { caller, projectId, taskId, doing, commandId, position } = await movedTask();
    const inspected = await caller.history.event({ projectId, position });
    expect(inspected.event.metadata.commandId).toBe(commandId);
    expect(inspected.command).toMatchObject({
      type: 'MoveTask',
      procedure: 'task.move',
      payload: { taskId, toStatusId: doing.id },
    });
    expect(inspected.names[doing.id]).toBe('In progress');
    expect(inspected.names[taskId]).toMatch(/-1 Trace me$/);
  });

  it('names only the ids it shows, not every task of the project', async () => {
    const { caller } = await callerAs(handle.db, 'Dora');
    const { projectId } = await caller.project.create({ commandId: randomUUID(), name: 'Names', key: nextKey() });
    const { taskId: other } = await caller.task.create({ commandId: randomUUID(), projectId, title: 'Unrelated' });
    const { taskId } = await caller.task.create({ commandId: randomUUID(), projectId, title: 'Renamed' });
    await caller.task.rename({ commandId: randomUUID(), taskId, title: 'Renamed again' });
    const position = (
      await handle.db
        .select()
        .from(events)
        .where(eq(events.streamId, `task-${taskId}`))
    ).at(-1)!.position;
    const { names } = await caller.history.event({ projectId, position });
    expect(names[taskId]).toMatch(/-2 Renamed/);
    expect(names[other]).toBeUndefined();
  });

  it('names the handler and the decider case with their code, which holds the command type', async () => {
    const { caller, projectId, position } = await movedTask();
    const { command } = await caller.history.event({ projectId, position });
    const sources = command!.sources!;
    expect(sources.handler.file).toBe('server/commands/handlers.ts');
    expect(sources.handler.code).toContain('MoveTask');
    expect(sources.decider.length).toBeGreaterThan(0);
    for (const range of [sources.handler, ...sources.decider]) {
      const lines = (await readFile(range.file, 'utf8')).split('\n').slice(range.from - 1, range.to);
      expect(range.code, `${range.file}:${range.from}`).toBe(lines.join('\n'));
    }
    expect(sources.decider.some((range) => range.code?.includes("'MoveTask'"))).toBe(true);
  });

  it('computes the rows each read model changed, and they are what the live tables hold', async () => {
    const { caller, projectId, taskId, doing, position } = await movedTask();
    const { rowsChanged } = await caller.history.event({ projectId, position });
    const taskRow = rowsChanged.find((row) => row.table === 'tasks_view')!;
    expect(taskRow).toMatchObject({ readModel: 'board', maintained: 'inline', kind: 'update', key: { id: taskId } });
    const status = taskRow.columns.find((column) => column.name === 'status_id')!;
    expect(status.after).toBe(doing.id);
    expect(status.before).not.toBe(doing.id);
    // The last command on the task: every column it changed holds, in the live row, the value the replay computed.
    const [live] = await handle.db.select().from(tasksView).where(eq(tasksView.id, taskId));
    const sqlNames = Object.entries(getTableColumns(tasksView)).map(([field, column]) => [column.name, field]);
    const fieldOf = Object.fromEntries(sqlNames) as Record<string, keyof typeof live>;
    expect(taskRow.columns.map((column) => column.name)).toEqual(
      expect.arrayContaining(['status_id', 'last_position']),
    );
    for (const column of taskRow.columns) expect(live![fieldOf[column.name]!], column.name).toEqual(column.after);
    expect(rowsChanged.some((row) => row.table === 'activity_view' && row.kind === 'insert')).toBe(true);
    expect(rowsChanged.every((row) => row.position === position)).toBe(true);
  });

  it('shows every row a command that writes two streams changed, from the project just before it', async () => {
    const { caller } = await callerAs(handle.db, 'Cleo');
    const { projectId } = await caller.project.create({ commandId: randomUUID(), name: 'Two', key: nextKey() });
    const { taskId } = await caller.task.create({ commandId: randomUUID(), projectId, title: 'New' });
    const [created] = await handle.db
      .select()
      .from(events)
      .where(eq(events.streamId, `task-${taskId}`));
    const { commandEvents, rowsChanged, command } = await caller.history.event({
      projectId,
      position: created!.position,
    });
    expect(command).toMatchObject({ type: 'CreateTask', procedure: 'task.create' });
    expect(commandEvents.length).toBeGreaterThan(1);
    expect(new Set(rowsChanged.map((row) => row.position))).toEqual(new Set(commandEvents.map((e) => e.position)));
    const inserted = rowsChanged.find((row) => row.table === 'tasks_view' && row.kind === 'insert')!;
    expect(inserted.columns.every((column) => column.before === undefined)).toBe(true);
    expect(inserted.columns.find((column) => column.name === 'title')?.after).toBe('New');
    const project = rowsChanged.find((row) => row.table === 'projects_view')!;
    expect(project.columns.find((column) => column.name === 'last_task_number')).toEqual(
      expect.objectContaining({ before: 0, after: 1 }),
    );
  });
});
