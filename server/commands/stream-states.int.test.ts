import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { callerAs, newCommand } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { loadProject, loadTask } from './load';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const load = (projectId: string, owner: object) =>
  handle.db.transaction((tx) => loadProject(tx, projectId, 'share', owner));

const loadTaskFor = (projectId: string, taskId: string, owner: object) =>
  handle.db.transaction((tx) => loadTask(tx, projectId, taskId, owner));

describe(`project and task states reused between commands on ${databaseKind}`, () => {
  it('catches up with what another instance appended since, and equals a fold from scratch', async () => {
    const { caller } = await callerAs(handle.db);
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Cached', key: 'CACHE' });
    // This "instance" folds the project once and keeps it.
    const instance = {};
    const before = await load(projectId, instance);

    // Others change the project meanwhile (the caller's commands keep a cache of their own).
    await caller.project.addStatus({ ...newCommand(), projectId, name: 'Review' });
    await caller.task.create({ ...newCommand(), projectId, title: 'One' });
    await caller.project.rename({ ...newCommand(), projectId, name: 'Cached, renamed' });

    const after = await load(projectId, instance);
    expect(after.version).toBe(before.version + 3);
    expect(after).toEqual(await load(projectId, {}));
    expect(after.state).toMatchObject({ name: 'Cached, renamed', lastTaskNumber: 1 });
  });

  it('refuses a move into a status another instance removed after this one cached the project', async () => {
    const { caller } = await callerAs(handle.db);
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Stale', key: 'STALE' });
    const { taskId } = await caller.task.create({ ...newCommand(), projectId, title: 'Mover' });
    const { statuses } = await caller.project.get({ projectId });
    const doomed = statuses.at(-1)!;
    await caller.task.move({ ...newCommand(), taskId, toStatusId: statuses[1]!.id });
    await caller.project.removeStatus({ ...newCommand(), projectId, statusId: doomed.id });
    await expect(caller.task.move({ ...newCommand(), taskId, toStatusId: doomed.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });

  it("catches a task up with another instance's changes, and equals a fold from scratch", async () => {
    const { caller } = await callerAs(handle.db);
    const { projectId } = await caller.project.create({ ...newCommand(), name: 'Tasks', key: 'TASKC' });
    const { taskId } = await caller.task.create({ ...newCommand(), projectId, title: 'Busy' });
    const instance = {};
    const before = await loadTaskFor(projectId, taskId, instance);

    await caller.task.rename({ ...newCommand(), taskId, title: 'Busier' });
    await caller.task.comment({ ...newCommand(), taskId, body: 'First' });
    await caller.task.prioritize({ ...newCommand(), taskId, priority: 'high' });
    await caller.task.delete({ ...newCommand(), taskId });

    const after = await loadTaskFor(projectId, taskId, instance);
    expect(after.version).toBe(before.version + 4);
    expect(after).toEqual(await loadTaskFor(projectId, taskId, {}));
    expect(after.state).toMatchObject({ status: 'deleted', title: 'Busier', priority: 'high' });
    expect(Object.values((after.state as { comments: object }).comments)).toMatchObject([{ body: 'First' }]);
    // A command on the cached, now deleted task is judged on the caught-up state.
    await expect(caller.task.rename({ ...newCommand(), taskId, title: 'Again' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });
});
