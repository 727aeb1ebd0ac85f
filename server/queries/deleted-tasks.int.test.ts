import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { callerAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe(`task.listDeleted on ${databaseKind}`, () => {
  it('lists the deleted tasks, latest deletion first, each with who deleted it and when, and only those', async () => {
    const ana = await callerAs(handle.db, 'Ana');
    const ben = await callerAs(handle.db, 'Ben');
    const { projectId } = await ana.caller.project.create({ ...newCommand(), name: 'Bin', key: uniqueKey('B') });
    await joinByInvitation(handle.db, ana.caller, projectId, ben.person, 'member');
    const create = async (title: string) =>
      (await ana.caller.task.create({ ...newCommand(), projectId, title })).taskId;
    const [kept, twice, once, back] = [
      await create('Kept'),
      await create('Deleted twice'),
      await create('Deleted once'),
      await create('Restored'),
    ];
    const remove = (caller: typeof ana.caller, taskId: string) => caller.task.delete({ ...newCommand(), taskId });
    await remove(ana.caller, twice);
    await ana.caller.task.restore({ ...newCommand(), taskId: twice });
    await remove(ana.caller, back);
    await ana.caller.task.restore({ ...newCommand(), taskId: back });
    const { position: first } = await remove(ana.caller, once);
    const { position: last } = await remove(ben.caller, twice);
    // Another project's deleted task is not this one's.
    const other = await ana.caller.project.create({ ...newCommand(), name: 'Other', key: uniqueKey('O') });
    const elsewhere = await ana.caller.task.create({ ...newCommand(), projectId: other.projectId, title: 'Elsewhere' });
    await remove(ana.caller, elsewhere.taskId);

    const listed = await ben.caller.task.listDeleted({ projectId });
    expect(
      listed.map(({ id, title, number, deletedBy, position }) => ({ id, title, number, deletedBy, position })),
    ).toEqual([
      { id: twice, title: 'Deleted twice', number: 2, deletedBy: ben.person.id, position: last },
      { id: once, title: 'Deleted once', number: 3, deletedBy: ana.person.id, position: first },
    ]);
    for (const task of listed) expect(task.deletedAt).toBeInstanceOf(Date);
    expect(listed.map((task) => task.id)).not.toContain(kept);

    await ana.caller.task.restore({ ...newCommand(), taskId: once });
    expect((await ana.caller.task.listDeleted({ projectId })).map((task) => task.id)).toEqual([twice]);
  });
});
