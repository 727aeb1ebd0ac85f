import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { callerAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(() => handle.close());

/** A project of Ana's with five tasks in Todo, and Bob as a member. */
async function project() {
  const { caller: ana } = await callerAs(handle.db, 'Ana');
  const { caller: bob, person: bobUser } = await callerAs(handle.db, 'Bob');
  const { projectId } = await ana.project.create({ ...newCommand(), name: 'Bulk', key: uniqueKey('B') });
  await joinByInvitation(handle.db, ana, projectId, bobUser, 'member');
  const ids: string[] = [];
  for (const title of ['One', 'Two', 'Three', 'Four', 'Five']) {
    ids.push((await ana.task.create({ ...newCommand(), projectId, title })).taskId);
  }
  const { statuses } = await ana.project.get({ projectId });
  return { ana, bob, bobId: bobUser.id, projectId, ids, statuses };
}

const columnTitles = async (fx: Awaited<ReturnType<typeof project>>, statusId: string) =>
  (await fx.ana.board.get({ projectId: fx.projectId })).columns
    .find((c) => c.status.id === statusId)!
    .tasks.map((t) => t.title);

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof TRPCError ? error.code : 'unexpected'),
  );

describe(`changing many tasks in one command on ${databaseKind}`, () => {
  it('moves the tasks to the end of a column in the order given, as one command that one undo takes back', async () => {
    const fx = await project();
    const [todo, doing] = [fx.statuses[0]!.id, fx.statuses[1]!.id];
    await fx.ana.task.move({ ...newCommand(), taskId: fx.ids[0]!, toStatusId: doing });
    const command = newCommand();
    const moved = await fx.bob.task.bulk({
      ...command,
      projectId: fx.projectId,
      taskIds: [fx.ids[3]!, fx.ids[0]!, fx.ids[1]!],
      change: { kind: 'move', toStatusId: doing },
    });
    // "One" was there already and stays where it was; the others follow it in the order sent.
    expect(moved.changes).toBe(2);
    expect(await columnTitles(fx, doing)).toEqual(['One', 'Four', 'Two']);
    expect(await columnTitles(fx, todo)).toEqual(['Three', 'Five']);

    await fx.bob.history.undo({ ...newCommand(), projectId: fx.projectId, undoneCommandId: command.commandId });
    expect(await columnTitles(fx, doing)).toEqual(['One']);
    expect(await columnTitles(fx, todo)).toEqual(['Two', 'Three', 'Four', 'Five']);
  });

  it('assigns, prioritises, labels and deletes every task named', async () => {
    const fx = await project();
    const some = [fx.ids[1]!, fx.ids[2]!];
    const send = (change: Parameters<typeof fx.ana.task.bulk>[0]['change']) =>
      fx.ana.task.bulk({ ...newCommand(), projectId: fx.projectId, taskIds: some, change });
    await send({ kind: 'assign', assigneeId: fx.bobId });
    await send({ kind: 'prioritize', priority: 'urgent' });
    await send({ kind: 'label', add: ['bug', 'web'], remove: [] });
    const tasks = (await fx.ana.board.get({ projectId: fx.projectId })).columns.flatMap((c) => c.tasks);
    for (const task of tasks) {
      const changed = some.includes(task.id);
      expect(task.assigneeId).toBe(changed ? fx.bobId : null);
      expect(task.priority).toBe(changed ? 'urgent' : 'none');
      expect(task.labels).toEqual(changed ? ['bug', 'web'] : []);
    }
    await send({ kind: 'delete' });
    const left = (await fx.ana.board.get({ projectId: fx.projectId })).columns.flatMap((c) => c.tasks);
    expect(left.map((t) => t.title).sort()).toEqual(['Five', 'Four', 'One']);
  });

  it('refuses the whole change, writing nothing, when one of its tasks is refused', async () => {
    const fx = await project();
    await fx.ana.task.delete({ ...newCommand(), taskId: fx.ids[4]! });
    const { projectId: otherId } = await fx.ana.project.create({ ...newCommand(), name: 'Other', key: uniqueKey('O') });
    const elsewhere = (await fx.ana.task.create({ ...newCommand(), projectId: otherId, title: 'Elsewhere' })).taskId;
    const before = await countEvents(handle.db);
    const attempt = (taskIds: string[], change: Parameters<typeof fx.ana.task.bulk>[0]['change']) =>
      refusalOf(fx.ana.task.bulk({ ...newCommand(), projectId: fx.projectId, taskIds, change }));

    expect(await attempt([fx.ids[0]!, fx.ids[4]!], { kind: 'prioritize', priority: 'low' })).not.toBe('ok');
    expect(await attempt([fx.ids[0]!, elsewhere], { kind: 'delete' })).toBe('NOT_FOUND');
    expect(await attempt([fx.ids[0]!, fx.ids[0]!], { kind: 'delete' })).toBe('BAD_REQUEST');
    expect(await attempt([fx.ids[0]!], { kind: 'move', toStatusId: 'no-such-status' })).not.toBe('ok');
    expect(await attempt([fx.ids[0]!], { kind: 'assign', assigneeId: crypto.randomUUID() })).not.toBe('ok');
    expect(await countEvents(handle.db)).toBe(before);
    expect((await fx.ana.board.get({ projectId: fx.projectId })).columns[0]!.tasks.map((t) => t.priority)).toEqual([
      'none',
      'none',
      'none',
      'none',
    ]);
  });

  it('refuses a viewer and a stranger, and more tasks than one change takes', async () => {
    const fx = await project();
    const { caller: vera, person: veraUser } = await callerAs(handle.db, 'Vera');
    await joinByInvitation(handle.db, fx.ana, fx.projectId, veraUser, 'viewer');
    const { caller: sam } = await callerAs(handle.db, 'Sam');
    const input = () => ({
      ...newCommand(),
      projectId: fx.projectId,
      taskIds: [fx.ids[0]!],
      change: { kind: 'delete' as const },
    });
    expect(await refusalOf(vera.task.bulk(input()))).toBe('FORBIDDEN');
    expect(await refusalOf(sam.task.bulk(input()))).toBe('NOT_FOUND');
    const tooMany = Array.from({ length: 201 }, () => crypto.randomUUID());
    expect(await refusalOf(fx.ana.task.bulk({ ...input(), taskIds: tooMany }))).toBe('BAD_REQUEST');
    expect(await refusalOf(fx.ana.task.bulk({ ...input(), taskIds: [] }))).toBe('BAD_REQUEST');
  });
});
