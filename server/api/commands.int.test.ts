import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, tasksView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { executeCommand } from '../commands/execute';
import { toTRPCError } from './errors';
import { callerAs, contextAs, joinByInvitation, newCommand, projectCommandContext } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const eventCount = () => countEvents(handle.db);
let keys = 0;
const nextKey = () => `K${(++keys).toString().padStart(3, '0')}`;

async function projectWithTask(name = 'Ana') {
  const { caller, person } = await callerAs(handle.db, name);
  const { projectId } = await caller.project.create({ ...newCommand(), name: 'Website', key: nextKey() });
  const { taskId } = await caller.task.create({ ...newCommand(), projectId, title: 'First task' });
  const statuses = (await caller.project.get({ projectId })).statuses;
  return { caller, person, projectId, taskId, statuses };
}

/** Runs a command expected to be refused and checks that the log did not change. */
async function refused(command: () => Promise<unknown>, expected: { code: string; message?: RegExp }) {
  const before = await eventCount();
  const error = await command().then(
    () => undefined,
    (e: unknown) => e as { code: string; message: string },
  );
  expect(error, 'the command should have been refused').toBeDefined();
  expect(error!.code).toBe(expected.code);
  if (expected.message) expect(error!.message).toMatch(expected.message);
  expect(await eventCount()).toBe(before);
}

describe(`commands through tRPC on ${databaseKind}`, () => {
  it('creates a project and a task, returning versions and consistency tokens', async () => {
    const { caller } = await callerAs(handle.db);
    const project = await caller.project.create({ ...newCommand(), name: 'Website', key: 'web' });
    // ProjectCreated, then MemberAdded for its creator as owner.
    expect(project).toMatchObject({ key: 'WEB', streamVersion: 2 });
    const task = await caller.task.create({ ...newCommand(), projectId: project.projectId, title: 'Write the README' });
    expect(task).toMatchObject({ number: 1, streamVersion: 1 });
    expect(task.position).toBeGreaterThan(project.position!);
    const board = await caller.board.get({ projectId: project.projectId });
    expect(board.columns.map((c) => c.status.name)).toEqual(['Backlog', 'Todo', 'In progress', 'Done']);
    expect(board.columns[0]?.tasks.map((t) => t.title)).toEqual(['Write the README']);
  });

  it('runs every project command', async () => {
    const { caller, projectId, statuses } = await projectWithTask();
    await caller.project.rename({ ...newCommand(), projectId, name: 'Marketing site' });
    const { streamVersion } = await caller.project.addStatus({ ...newCommand(), projectId, name: 'In review' });
    let project = await caller.project.get({ projectId });
    const review = project.statuses.at(-1)!;
    await caller.project.moveStatus({ ...newCommand(), projectId, statusId: review.id, toIndex: 3 });
    await caller.project.renameStatus({ ...newCommand(), projectId, statusId: review.id, name: 'Review' });
    await caller.project.removeStatus({ ...newCommand(), projectId, statusId: statuses[1]!.id });
    project = await caller.project.get({ projectId });
    expect(project.name).toBe('Marketing site');
    expect(project.statuses.map((s) => s.name)).toEqual(['Backlog', 'In progress', 'Review', 'Done']);
    expect(streamVersion).toBe(5);

    await caller.project.archive({ ...newCommand(), projectId });
    expect((await caller.project.get({ projectId })).archived).toBe(true);
    await caller.project.restore({ ...newCommand(), projectId });
    expect((await caller.project.get({ projectId })).archived).toBe(false);
  });

  it('restores a task whose status was removed while it was deleted into the first status, never the removed one', async () => {
    const { caller, projectId, taskId, statuses } = await projectWithTask();
    const doomed = statuses.at(-1)!;
    await caller.task.move({ ...newCommand(), taskId, toStatusId: doomed.id });
    await caller.task.delete({ ...newCommand(), taskId });
    await caller.project.removeStatus({ ...newCommand(), projectId, statusId: doomed.id });
    await caller.task.restore({ ...newCommand(), taskId });
    const { task } = await caller.task.get({ taskId });
    expect(task).toMatchObject({ deleted: false, statusId: statuses[0]!.id });
    const board = await caller.board.get({ projectId });
    expect(board.columns[0]!.tasks.map((t) => t.id)).toContain(taskId);
  });

  it('runs every task command', async () => {
    const { caller, person, projectId, taskId, statuses } = await projectWithTask();
    const second = await caller.task.create({ ...newCommand(), projectId, title: 'Second', statusId: statuses[2]!.id });
    await caller.task.rename({ ...newCommand(), taskId, title: 'Renamed' });
    await caller.task.describe({ ...newCommand(), taskId, description: 'Some words' });
    await caller.task.move({ ...newCommand(), taskId, toStatusId: statuses[2]!.id, index: 0 });
    await caller.task.assign({ ...newCommand(), taskId, assigneeId: person.id });
    await caller.task.prioritize({ ...newCommand(), taskId, priority: 'urgent' });
    await caller.task.schedule({ ...newCommand(), taskId, dueOn: '2027-01-15' });
    await caller.task.label({ ...newCommand(), taskId, add: ['bug', 'ui'] });
    await caller.task.label({ ...newCommand(), taskId, remove: ['ui'] });
    await caller.task.comment({ ...newCommand(), taskId, body: 'On it' });
    const commentId = (await caller.task.get({ taskId })).comments[0]!.id;
    await caller.task.editComment({ ...newCommand(), taskId, commentId, body: 'On it now' });

    const { task, comments } = await caller.task.getByNumber({
      key: (await caller.project.get({ projectId })).key,
      number: 1,
    });
    expect(task).toMatchObject({
      title: 'Renamed',
      description: 'Some words',
      statusId: statuses[2]!.id,
      assigneeId: person.id,
      priority: 'urgent',
      dueOn: '2027-01-15',
      labels: ['bug'],
    });
    expect(comments.map((c) => c.body)).toEqual(['On it now']);
    const column = (await caller.board.get({ projectId })).columns[2]!.tasks.map((t) => t.id);
    expect(column).toEqual([taskId, second.taskId]);

    await caller.task.assign({ ...newCommand(), taskId, assigneeId: null });
    await caller.task.schedule({ ...newCommand(), taskId, dueOn: null });
    await caller.task.delete({ ...newCommand(), taskId });
    expect((await caller.board.get({ projectId })).columns[2]!.tasks.map((t) => t.id)).toEqual([second.taskId]);
    await caller.task.restore({ ...newCommand(), taskId });
    expect((await caller.task.get({ taskId })).task).toMatchObject({ deleted: false, assigneeId: null, dueOn: null });
  });

  it('places a task where it was dropped within its column, and a drop in place changes nothing', async () => {
    const { caller, projectId, taskId } = await projectWithTask();
    const b = await caller.task.create({ ...newCommand(), projectId, title: 'B' });
    const c = await caller.task.create({ ...newCommand(), projectId, title: 'C' });
    const column = async () => (await caller.board.get({ projectId })).columns[0]!.tasks.map((t) => t.title);
    const toStatusId = (await caller.project.get({ projectId })).statuses[0]!.id;
    await caller.task.move({ ...newCommand(), taskId: c.taskId, toStatusId, index: 0 });
    expect(await column()).toEqual(['C', 'First task', 'B']);
    await caller.task.move({ ...newCommand(), taskId, toStatusId, index: 2 });
    expect(await column()).toEqual(['C', 'B', 'First task']);
    const noop = await caller.task.move({ ...newCommand(), taskId: b.taskId, toStatusId, index: 1 });
    expect(noop.position).toBeNull();
  });

  it('gives human numbers per project that never repeat, even after a delete', async () => {
    const { caller, projectId, taskId } = await projectWithTask();
    await caller.task.delete({ ...newCommand(), taskId });
    const next = await caller.task.create({ ...newCommand(), projectId, title: 'After the delete' });
    expect(next.number).toBe(2);
    const other = await caller.project.create({ ...newCommand(), name: 'Other', key: nextKey() });
    expect((await caller.task.create({ ...newCommand(), projectId: other.projectId, title: 'x' })).number).toBe(1);
  });

  it('records nothing for a command that changes nothing', async () => {
    const { caller, taskId } = await projectWithTask();
    const before = await eventCount();
    const outcome = await caller.task.rename({ ...newCommand(), taskId, title: '  First task ' });
    expect(outcome).toEqual({ streamVersion: 1, position: null });
    expect(await eventCount()).toBe(before);
  });

  it('carries out a command sent twice only once, and answers the second time with the first result', async () => {
    const { caller, projectId } = await projectWithTask();
    const command = { ...newCommand(), projectId, title: 'Sent twice' };
    const first = await caller.task.create(command);
    const before = await eventCount();
    const second = await caller.task.create(command);
    expect(second).toEqual(first);
    expect(await eventCount()).toBe(before);
  });

  it('records the actor, command, correlation and causation of every event', async () => {
    const { caller, person, projectId } = await projectWithTask();
    const command = { ...newCommand(), correlationId: randomUUID() };
    await caller.task.create({ ...command, projectId, title: 'Traced' });
    const recorded = await handle.db.select().from(events).where(eq(events.projectId, projectId));
    const traced = recorded.filter((e) => (e.metadata as { commandId: string }).commandId === command.commandId);
    expect(traced.map((e) => e.type)).toEqual(['TaskNumberReserved', 'TaskCreated']);
    for (const event of traced) {
      expect(event.metadata).toEqual({
        actorId: person.id,
        commandId: command.commandId,
        correlationId: command.correlationId,
        causationId: command.commandId,
      });
    }
  });

  describe('refusals write nothing and say why', () => {
    it('bad input is BAD_REQUEST', async () => {
      const { caller, taskId } = await projectWithTask();
      await refused(() => caller.project.create({ ...newCommand(), name: '  ', key: 'OK' }), {
        code: 'BAD_REQUEST',
        message: /Name/,
      });
      await refused(() => caller.project.create({ ...newCommand(), name: 'x', key: '1X' }), {
        code: 'BAD_REQUEST',
        message: /Key/,
      });
      await refused(() => caller.task.rename({ ...newCommand(), taskId, title: 'x'.repeat(201) }), {
        code: 'BAD_REQUEST',
      });
      // Found by the fuzzer: a NUL in the key that names the project reached the access check's query.
      await refused(() => caller.project.getByKey({ key: '\u0000' }), { code: 'BAD_REQUEST', message: /NUL/ });
      await refused(() => caller.task.rename({ ...newCommand(), taskId, title: 'nul \u0000 byte' }), {
        code: 'BAD_REQUEST',
        message: /NUL/,
      });
      await refused(() => caller.task.schedule({ ...newCommand(), taskId, dueOn: '2026-02-30' }), {
        code: 'BAD_REQUEST',
        message: /real day/,
      });
      await refused(() => caller.task.assign({ ...newCommand(), taskId, assigneeId: randomUUID() }), {
        code: 'BAD_REQUEST',
        message: /Only owners and members of the project can be assigned/,
      });
    });

    it('unknown ids are NOT_FOUND', async () => {
      const { caller } = await callerAs(handle.db);
      await refused(() => caller.task.rename({ ...newCommand(), taskId: randomUUID(), title: 'x' }), {
        code: 'NOT_FOUND',
      });
      await refused(() => caller.task.create({ ...newCommand(), projectId: randomUUID(), title: 'x' }), {
        code: 'NOT_FOUND',
      });
      await refused(() => caller.project.rename({ ...newCommand(), projectId: randomUUID(), name: 'x' }), {
        code: 'NOT_FOUND',
      });
      await expect(caller.board.get({ projectId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('broken rules are PRECONDITION_FAILED with a human message', async () => {
      const { caller, projectId, taskId, statuses } = await projectWithTask();
      await refused(() => caller.project.removeStatus({ ...newCommand(), projectId, statusId: statuses[0]!.id }), {
        code: 'PRECONDITION_FAILED',
        message: /can only be removed when empty: 1 task is still in it/,
      });
      await refused(() => caller.task.move({ ...newCommand(), taskId, toStatusId: randomUUID() }), {
        code: 'PRECONDITION_FAILED',
        message: /not part of the .* workflow/,
      });
      const key = (await caller.project.get({ projectId })).key;
      await refused(() => caller.project.create({ ...newCommand(), name: 'Copy', key }), {
        code: 'PRECONDITION_FAILED',
        message: /already used/,
      });
      await caller.project.archive({ ...newCommand(), projectId });
      await refused(() => caller.task.rename({ ...newCommand(), taskId, title: 'x' }), {
        code: 'PRECONDITION_FAILED',
        message: /archived/,
      });
      await refused(() => caller.task.create({ ...newCommand(), projectId, title: 'x' }), {
        code: 'PRECONDITION_FAILED',
      });
      await refused(() => caller.project.rename({ ...newCommand(), projectId, name: 'x' }), {
        code: 'PRECONDITION_FAILED',
      });
    });

    it("editing someone else's comment is FORBIDDEN", async () => {
      const { caller, taskId, projectId } = await projectWithTask();
      await caller.task.comment({ ...newCommand(), taskId, body: 'Mine' });
      const commentId = (await caller.task.get({ taskId })).comments[0]!.id;
      const { caller: ben, person } = await callerAs(handle.db, 'Ben');
      await joinByInvitation(handle.db, caller, projectId, person, 'member');
      await refused(() => ben.task.editComment({ ...newCommand(), taskId, commentId, body: 'Hijacked' }), {
        code: 'FORBIDDEN',
      });
    });

    it('a stale expected version is CONFLICT', async () => {
      const { caller, taskId } = await projectWithTask();
      const { streamVersion } = await caller.task.rename({ ...newCommand(), taskId, title: 'v2', expectedVersion: 1 });
      expect(streamVersion).toBe(2);
      await refused(() => caller.task.rename({ ...newCommand(), taskId, title: 'v3', expectedVersion: 1 }), {
        code: 'CONFLICT',
        message: /Someone else changed this/,
      });
    });

    it('a command from someone signed out is UNAUTHORIZED', async () => {
      const { taskId } = await projectWithTask();
      const { createCaller } = await import('./root');
      const anonymous = createCaller(contextAs(handle.db, null));
      await refused(() => anonymous.task.rename({ ...newCommand(), taskId, title: 'x' }), { code: 'UNAUTHORIZED' });
    });
  });

  describe('the command path acts on the project the access check approved, and only on it', () => {
    /** A command handler called as a procedure would, its refusal told as the API tells it. */
    const asApi = (command: Promise<unknown>) =>
      command.catch((error: unknown) => {
        throw toTRPCError(error) ?? error;
      });

    it("refuses a task of another project, even to someone who may change that project's tasks", async () => {
      const mine = await projectWithTask('Ana');
      const theirs = await projectWithTask('Ben');
      // Ana is let through for her own project; the task she names is Ben's.
      const ctx = projectCommandContext(handle.db, mine.person.id, mine.projectId, 'changeTasks');
      await refused(() => asApi(executeCommand(ctx, { type: 'DeleteTask', taskId: theirs.taskId })), {
        code: 'NOT_FOUND',
        message: /Task not found/,
      });
      expect((await theirs.caller.task.get({ taskId: theirs.taskId })).task.deleted).toBe(false);
    });

    it('judges access again on the project under its lock: a member removed meantime is refused', async () => {
      const { caller, projectId, taskId } = await projectWithTask('Ana');
      const max = await callerAs(handle.db, 'Max');
      await joinByInvitation(handle.db, caller, projectId, max.person, 'member');
      // The access check at the door let Max in; then he is removed before his command runs.
      const approved = projectCommandContext(handle.db, max.person.id, projectId, 'changeTasks');
      await caller.project.removeMember({ ...newCommand(), projectId, userId: max.person.id });
      await refused(() => asApi(executeCommand(approved, { type: 'RenameTask', taskId, title: 'Late' })), {
        code: 'NOT_FOUND',
      });
      await refused(() => asApi(executeCommand(approved, { type: 'CreateTask', projectId, title: 'Late' })), {
        code: 'NOT_FOUND',
      });
      await refused(
        () =>
          asApi(
            executeCommand(
              { ...approved, project: { id: projectId, permission: 'read' } },
              { type: 'LeaveProject', projectId },
            ),
          ),
        { code: 'NOT_FOUND' },
      );
    });

    it('judges a role changed meantime by the new one', async () => {
      const { caller, projectId, taskId } = await projectWithTask('Ana');
      const vera = await callerAs(handle.db, 'Vera');
      await joinByInvitation(handle.db, caller, projectId, vera.person, 'member');
      const approved = projectCommandContext(handle.db, vera.person.id, projectId, 'changeTasks');
      await caller.project.changeMemberRole({ ...newCommand(), projectId, userId: vera.person.id, role: 'viewer' });
      await refused(() => asApi(executeCommand(approved, { type: 'RenameTask', taskId, title: 'Late' })), {
        code: 'FORBIDDEN',
      });
    });
  });

  describe('concurrent commands', () => {
    it('concurrent changes to one task are all applied, in some order, with contiguous versions', async () => {
      const { caller, taskId } = await projectWithTask();
      const labels = Array.from({ length: 8 }, (_, i) => `l${i}`);
      await Promise.all(labels.map((label) => caller.task.label({ ...newCommand(), taskId, add: [label] })));
      const { task } = await caller.task.get({ taskId });
      expect([...task.labels].sort()).toEqual(labels);
      expect(task.version).toBe(1 + labels.length);
    });

    it('concurrent task creations get distinct numbers', async () => {
      const { caller, projectId } = await projectWithTask();
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) => caller.task.create({ ...newCommand(), projectId, title: `Task ${i}` })),
      );
      expect(new Set(created.map((c) => c.number)).size).toBe(10);
      expect(created.map((c) => c.number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it('no task ends up in a status removed while tasks were moving into it', async () => {
      for (let round = 0; round < 5; round++) {
        const { caller, projectId, statuses } = await projectWithTask();
        const tasks = await Promise.all(
          Array.from({ length: 4 }, (_, i) => caller.task.create({ ...newCommand(), projectId, title: `T${i}` })),
        );
        const target = statuses[3]!.id;
        await Promise.allSettled([
          ...tasks.map((t) => caller.task.move({ ...newCommand(), taskId: t.taskId, toStatusId: target })),
          caller.project.removeStatus({ ...newCommand(), projectId, statusId: target }),
        ]);
        const workflow = (await caller.project.get({ projectId })).statuses.map((s) => s.id);
        const placed = await handle.db.select().from(tasksView).where(eq(tasksView.projectId, projectId));
        for (const task of placed) expect(workflow).toContain(task.statusId);
      }
    });
  });
});
