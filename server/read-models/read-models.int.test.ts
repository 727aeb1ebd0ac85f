import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { seedDemo } from '../tools/seed/demo';
import { callerAs, callerAsDemoOwner, newCommand } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { liveReadModel, memoryReadModel } from '../tools/testing/read-model';
import { replayInMemory } from './index';
import { rebuildReadModels } from './rebuild';
import { readModels } from './registry';
import { projectionStatus } from './status';

let handle: DatabaseHandle;
let demo: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  handle = await openTestDatabase();
  demo = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') });
});
afterAll(() => handle.close());

describe(`projections on ${databaseKind}`, () => {
  it('the demo history is a few hundred events by several people', async () => {
    const events = await readAll(handle.db, { limit: 10_000 });
    expect(events.length).toBeGreaterThan(200);
    expect(new Set(events.map((e) => e.metadata.actorId)).size).toBe(4);
    expect(events[0]!.recordedAt.getTime()).toBeLessThan(events.at(-1)!.recordedAt.getTime() - 14 * 86_400_000);
  });

  it('builds the project, board, comments and activity rows from the commands', async () => {
    const { caller, person } = await callerAs(handle.db, 'Iris');
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Mobile app', key: 'APP' });
    const { taskId } = await caller.task.create({
      ...newCommand(),
      projectId,
      title: 'Login screen',
      priority: 'high',
    });
    const board = await caller.board.get({ projectId });
    const doing = board.columns[2]!.status;
    await caller.task.move({ ...newCommand(), taskId, toStatusId: doing.id });
    await caller.task.assign({ ...newCommand(), taskId, assigneeId: person.id });
    await caller.task.label({ ...newCommand(), taskId, add: ['Needs Design'] });
    await caller.task.schedule({ ...newCommand(), taskId, dueOn: '2026-12-24' });
    await caller.task.comment({ ...newCommand(), taskId, body: 'Starting today' });

    const { task, project, comments } = await caller.task.get({ taskId });
    expect(project).toMatchObject({ key: 'APP', lastTaskNumber: 1 });
    expect(task).toMatchObject({
      number: 1,
      title: 'Login screen',
      statusId: doing.id,
      priority: 'high',
      assigneeId: person.id,
      labels: ['needs-design'],
      dueOn: '2026-12-24',
      commentCount: 1,
      version: 6,
    });
    expect(comments).toMatchObject([{ authorId: person.id, body: 'Starting today', editedAt: null }]);

    const { items } = await caller.history.list({ projectId, limit: 10 });
    expect(items.map((i) => i.type)).toEqual([
      'CommentAdded',
      'TaskScheduled',
      'TaskLabeled',
      'TaskAssigned',
      'TaskMoved',
      'TaskCreated',
      'MemberAdded',
      'ProjectCreated',
    ]);
    expect(items[4]!.details).toMatchObject({ task: 'APP-1', from: 'Backlog', to: 'In progress' });
    expect(items.every((i) => i.actorId === person.id)).toBe(true);
  });

  it('keeps the names an entry had when it happened', async () => {
    const { caller } = await callerAs(handle.db, 'Jon');
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Docs', key: 'DOC' });
    const { taskId } = await caller.task.create({ ...newCommand(), projectId, title: 'First draft' });
    await caller.task.rename({ ...newCommand(), taskId, title: 'Second draft' });
    const board = await caller.board.get({ projectId });
    await caller.project.renameStatus({
      ...newCommand(),
      projectId,
      statusId: board.columns[0]!.status.id,
      name: 'Ideas',
    });
    const { items } = await caller.history.list({ projectId, taskId });
    expect(items.map((i) => i.details)).toMatchObject([
      { task: 'DOC-1', from: 'First draft', to: 'Second draft' },
      { task: 'DOC-1', title: 'First draft', status: 'Backlog' },
    ]);
  });

  it('rebuilding the read tables from the log gives exactly the live tables', async () => {
    const live = await liveReadModel(handle.db);
    expect(live.tasks.length).toBeGreaterThan(20);
    const { events } = await rebuildReadModels(handle.db, { batchSize: 97 });
    expect(events).toBeGreaterThan(200);
    expect(await liveReadModel(handle.db)).toEqual(live);
  });

  it('loses no command that lands while the read tables are being rebuilt', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const board = await caller.board.get({ projectId: demo.projectId });
    const tasks = board.columns.flatMap((c) => c.tasks).slice(0, 10);
    await Promise.all([
      rebuildReadModels(handle.db, { batchSize: 50 }),
      ...tasks.map((task, i) =>
        caller.task.rename({ ...newCommand(), taskId: task.id, title: `Renamed during rebuild ${i}` }),
      ),
      ...tasks.map((task) => caller.task.comment({ ...newCommand(), taskId: task.id, body: 'Still here?' })),
    ]);
    const replayed = await replayInMemory(await readAll(handle.db, { limit: 100_000 }));
    expect(await liveReadModel(handle.db)).toEqual(memoryReadModel(replayed));
    const titles = (await caller.board.get({ projectId: demo.projectId })).columns.flatMap((c) =>
      c.tasks.map((t) => t.title),
    );
    expect(titles.filter((t) => t.startsWith('Renamed during rebuild'))).toHaveLength(tasks.length);
  });

  it('replaying the log in memory gives exactly the live tables', async () => {
    const replayed = await replayInMemory(await readAll(handle.db, { limit: 100_000 }));
    expect(memoryReadModel(replayed)).toEqual(await liveReadModel(handle.db));
  });

  it('lists every registered read model, inline and async, in the projections status', async () => {
    const status = await projectionStatus(handle.db);
    const listed = [...status.inline, ...status.async].map((p) => [p.name, p.codeVersion] as const);
    expect(listed.map(([name]) => name)).toContain('members');
    expect(new Map(listed)).toEqual(new Map(readModels.map((m) => [m.name, m.version])));
    expect(status.inline.every((p) => p.lag === 0 && p.position === status.head)).toBe(true);
  });

  it('leaves the demo project with tasks in every stage of its workflow', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const board = await caller.board.get({ projectId: demo.projectId });
    expect(board.columns.map((c) => c.status.name)).toEqual(['Backlog', 'Todo', 'In progress', 'In review', 'Done']);
    expect(board.columns.filter((c) => c.tasks.length > 0).length).toBeGreaterThanOrEqual(4);
  });
});
