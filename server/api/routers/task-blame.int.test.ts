import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/types';
import type { SignedInUser } from '../trpc';
import { insertUser } from '../../queries/users';
import { callerAs, contextAs, joinByInvitation, newCommand, uniqueKey } from '../../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../../tools/testing/database';
import { createCaller } from '../root';

let handle: DatabaseHandle;
let ana: Awaited<ReturnType<typeof callerAs>>;
let ben: { caller: ReturnType<typeof createCaller>; person: SignedInUser };
let projectId: string;
let taskId: string;
let otherTaskId: string;
let foreignPosition: number;
const at: Record<string, number> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  ana = await callerAs(handle.db, 'Ana');
  const benPerson = await insertUser(handle.db, 'Ben');
  ben = { caller: createCaller(contextAs(handle.db, benPerson)), person: benPerson };
  ({ projectId } = await ana.caller.project.create({ ...newCommand(), name: 'Blame', key: uniqueKey('L') }));
  await joinByInvitation(handle.db, ana.caller, projectId, benPerson, 'member');
  const { statuses } = await ana.caller.project.get({ projectId });
  const created = await ana.caller.task.create({ ...newCommand(), projectId, title: 'Draft', description: 'One two' });
  taskId = created.taskId;
  at.created = created.position!;
  ({ taskId: otherTaskId } = await ana.caller.task.create({ ...newCommand(), projectId, title: 'Neighbour' }));
  const mark = async (name: string, sent: Promise<{ position: number | null }>) => {
    at[name] = (await sent).position!;
  };
  await mark('renamed', ben.caller.task.rename({ ...newCommand(), taskId, title: 'Final' }));
  await mark('moved', ana.caller.task.move({ ...newCommand(), taskId, toStatusId: statuses[1]!.id }));
  await mark('described', ben.caller.task.describe({ ...newCommand(), taskId, description: 'One three two' }));
  await mark('labeled', ben.caller.task.label({ ...newCommand(), taskId, add: ['copy'] }));
  await mark('assigned', ana.caller.task.assign({ ...newCommand(), taskId, assigneeId: benPerson.id }));
  await mark('prioritized', ben.caller.task.prioritize({ ...newCommand(), taskId, priority: 'high' }));
  await mark('commented', ben.caller.task.comment({ ...newCommand(), taskId, body: 'Looks good' }));
  const { comments } = await ana.caller.task.get({ taskId });
  await mark(
    'edited',
    ben.caller.task.editComment({ ...newCommand(), taskId, commentId: comments[0]!.id, body: 'Looks very good' }),
  );
  // The neighbour joins its column on top and the task is put back above it: its place changes, its status does not.
  await ana.caller.task.move({ ...newCommand(), taskId: otherTaskId, toStatusId: statuses[1]!.id, index: 0 });
  await mark('reordered', ana.caller.task.move({ ...newCommand(), taskId, toStatusId: statuses[1]!.id, index: 0 }));
  const stranger = await callerAs(handle.db, 'Sam');
  const foreign = await stranger.caller.project.create({ ...newCommand(), name: 'Theirs', key: uniqueKey('T') });
  foreignPosition = (await stranger.caller.task.create({ ...newCommand(), projectId: foreign.projectId, title: 'X' }))
    .position!;
});
afterAll(() => handle.close());

describe(`task.blame on ${databaseKind}`, () => {
  it('names for each field the last event that changed it, and who sent it', async () => {
    const blame = await ana.caller.task.blame({ taskId });
    expect(blame.title).toMatchObject({ position: at.renamed, type: 'TaskRenamed', actorId: ben.person.id });
    expect(blame.statusId).toMatchObject({ position: at.moved, type: 'TaskMoved', actorId: ana.person.id });
    expect(blame.description).toMatchObject({ position: at.described, actorId: ben.person.id });
    expect(blame.labels).toMatchObject({ position: at.labeled, type: 'TaskLabeled' });
    expect(blame.assigneeId).toMatchObject({ position: at.assigned, actorId: ana.person.id });
    expect(blame.priority).toMatchObject({ position: at.prioritized, actorId: ben.person.id });
    // Never scheduled: its due date is as the task was created.
    expect(blame.dueOn).toMatchObject({ position: at.created, type: 'TaskCreated', actorId: ana.person.id });
    expect(blame.title.at).toBeInstanceOf(Date);
  });

  it('leaves out changes of place within a column and commands that changed nothing', async () => {
    await ben.caller.task.label({ ...newCommand(), taskId, add: ['copy'] });
    const blame = await ana.caller.task.blame({ taskId });
    expect(at.reordered).toBeGreaterThan(at.moved!);
    expect(blame.statusId.position).toBe(at.moved);
    expect(blame.labels.position).toBe(at.labeled);
  });

  it('as of a point, names the setters known by then', async () => {
    const blame = await ana.caller.task.blame({ taskId, at: { position: at.moved! } });
    expect(blame.title.position).toBe(at.renamed);
    expect(blame.statusId.position).toBe(at.moved);
    expect(blame.description).toMatchObject({ position: at.created, type: 'TaskCreated' });
    expect(blame.assigneeId.position).toBe(at.created);
  });

  it('refuses a point before the task existed and a point of another project', async () => {
    await expect(ana.caller.task.blame({ taskId: otherTaskId, at: { position: at.created! } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(ana.caller.task.blame({ taskId, at: { position: foreignPosition } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe(`task.textChange on ${databaseKind}`, () => {
  it('gives the words an event wrote beside those they replaced', async () => {
    expect(await ana.caller.task.textChange({ taskId, position: at.described! })).toEqual({
      kind: 'description',
      before: 'One two',
      after: 'One three two',
    });
    expect(await ana.caller.task.textChange({ taskId, position: at.created! })).toEqual({
      kind: 'description',
      before: '',
      after: 'One two',
    });
    expect(await ana.caller.task.textChange({ taskId, position: at.edited! })).toEqual({
      kind: 'comment',
      authorId: ben.person.id,
      before: 'Looks good',
      after: 'Looks very good',
    });
    expect(await ana.caller.task.textChange({ taskId, position: at.commented! })).toMatchObject({
      before: '',
      after: 'Looks good',
    });
  });

  it('refuses an event that wrote no text, one of another task, and one of another project', async () => {
    for (const [task, position] of [
      [taskId, at.renamed!],
      [otherTaskId, at.described!],
      [taskId, foreignPosition],
    ] as const) {
      await expect(ana.caller.task.textChange({ taskId: task, position })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
