import { randomUUID } from 'node:crypto';
import { eq, type AnyColumn } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboxComments, inboxMemberships, inboxMentions, inboxNotifications, inboxTasks } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { activeVersion } from '../queries/insights';
import { insertUser } from '../queries/users';
import { asyncProjection } from '../read-models/async';
import { inbox } from '../read-models/inbox';
import { asyncReadModels } from '../read-models/registry';
import { catchUp, startBuild } from '../read-models/runner';
import { contextAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { createCaller } from './root';
import type { SignedInUser } from './trpc';

const inboxProjection = asyncProjection(asyncReadModels.find((m) => m.name === inbox.name)!);

let handle: DatabaseHandle;
let people: Record<'ana' | 'ben' | 'chloe' | 'dev', SignedInUser>;
const as = (who: keyof typeof people) => createCaller(contextAs(handle.db, people[who]));
const caughtUp = () => catchUp(handle.db, inboxProjection);
const listOf = async (who: keyof typeof people) => {
  await caughtUp();
  const { notifications } = await as(who).inbox.list();
  return notifications.map((n) => `${n.kind} ${n.taskTitle}${n.actorName ? ` by ${n.actorName}` : ''}`);
};
const unreadOf = async (who: keyof typeof people) => {
  await caughtUp();
  return (await as(who).inbox.unreadCount()).unread;
};

let projectId: string;
let tasks: { spec: string; copy: string; own: string };
beforeAll(async () => {
  handle = await openTestDatabase();
  const person = (name: string) => insertUser(handle.db, name, `${name.toLowerCase()}@inbox.test`);
  people = {
    ana: await person('Ana'),
    ben: await person('Ben'),
    chloe: await person('Chloe'),
    dev: await person('Dev'),
  };
  ({ projectId } = await as('ana').project.create({ ...newCommand(), name: 'Inbox', key: uniqueKey('I') }));
  for (const who of ['ben', 'chloe'] as const)
    await joinByInvitation(handle.db, as('ana'), projectId, people[who], 'member');
  const create = async (title: string, description = '') =>
    (await as('ana').task.create({ ...newCommand(), projectId, title, description })).taskId;
  // Written before Dev joins: the handle named nobody of the project then.
  tasks = { spec: await create('Spec', 'For @dev and @chloe'), copy: await create('Copy'), own: await create('Own') };
  await joinByInvitation(handle.db, as('ana'), projectId, people.dev, 'member');

  await as('ana').task.assign({ ...newCommand(), taskId: tasks.copy, assigneeId: people.ben.id });
  await as('ana').task.comment({ ...newCommand(), taskId: tasks.copy, body: 'Hi @Ben, see @ben.' });
  await as('chloe').task.comment({ ...newCommand(), taskId: tasks.copy, body: 'Looks fine' });
  // Nobody is told of their own action: assigning oneself, mentioning oneself, commenting on one's own task.
  await as('ben').task.assign({ ...newCommand(), taskId: tasks.own, assigneeId: people.ben.id });
  await as('ben').task.comment({ ...newCommand(), taskId: tasks.own, body: 'Note to @ben' });
  await as('ana').task.describe({
    ...newCommand(),
    taskId: tasks.spec,
    description: 'For @dev and @chloe, ask ana@x.io',
  });
});
afterAll(() => handle.close());

describe(`the inbox on ${databaseKind}`, () => {
  it('tells each person what others did to them, newest first, and never their own actions', async () => {
    expect(await listOf('ben')).toEqual(['commented Copy by Chloe', 'mentioned Copy by Ana', 'assigned Copy by Ana']);
    expect(await listOf('chloe')).toEqual(['mentioned Spec by Ana']);
    expect(await listOf('ana')).toEqual([]);
    expect(await unreadOf('ben')).toBe(3);
    expect(await unreadOf('ana')).toBe(0);
  });

  it('mentions only members of the project at the time, and a re-described text only for handles it adds', async () => {
    // Dev was mentioned by the description before joining, and by its edit after it, which added no handle.
    expect(await listOf('dev')).toEqual([]);
    await as('ana').task.comment({ ...newCommand(), taskId: tasks.spec, body: 'Welcome, @dev!' });
    expect(await listOf('dev')).toEqual(['mentioned Spec by Ana']);
    await as('ana').task.describe({ ...newCommand(), taskId: tasks.spec, description: 'For @dev, @chloe and @ben' });
    expect(await listOf('dev')).toEqual(['mentioned Spec by Ana']);
    expect(await listOf('ben')).toContain('mentioned Spec by Ana');
  });

  it('marks read per person: one by one, all at once, and once for a command sent twice', async () => {
    await caughtUp();
    const [newest, , , oldest] = (await as('ben').inbox.list()).notifications;
    await as('ben').inbox.markRead({ ...newCommand(), upTo: null, positions: [oldest!.position!] });
    expect(await unreadOf('ben')).toBe(3);
    expect((await as('ben').inbox.list()).notifications.map((n) => n.unread)).toEqual([true, true, true, false]);
    expect(await unreadOf('chloe')).toBe(1);

    const again = { ...newCommand(), upTo: newest!.position!, positions: [] };
    const first = await as('ben').inbox.markRead(again);
    expect(await as('ben').inbox.markRead(again)).toEqual(first);
    expect(first.streamVersion).toBe(2);
    expect(await unreadOf('ben')).toBe(0);
    expect(await unreadOf('chloe')).toBe(1);
  });

  it('refuses to mark read ahead of the log or nothing at all, writing nothing', async () => {
    const events = await countEvents(handle.db);
    await expect(as('chloe').inbox.markRead({ ...newCommand(), upTo: 2 ** 40, positions: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(as('chloe').inbox.markRead({ ...newCommand(), upTo: null, positions: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await countEvents(handle.db)).toBe(events);
    expect(await unreadOf('chloe')).toBe(1);
  });

  it('tells of a task due tomorrow, from its due date and the clock when the inbox is read', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await as('ben').task.schedule({ ...newCommand(), taskId: tasks.own, dueOn: tomorrow });
    expect(await listOf('ben')).toContain('due Own');
    await as('ben').task.schedule({ ...newCommand(), taskId: tasks.own, dueOn: '2099-01-01' });
    expect(await listOf('ben')).not.toContain('due Own');
  });

  it('an edited comment mentions only the handles the edit adds', async () => {
    const taskId = (await as('ana').task.create({ ...newCommand(), projectId, title: 'Edits' })).taskId;
    await as('ana').task.comment({ ...newCommand(), taskId, body: 'Thanks @chloe' });
    const mentionsOf = async (who: 'ben' | 'chloe') =>
      (await listOf(who)).filter((line) => line === 'mentioned Edits by Ana').length;
    expect([await mentionsOf('chloe'), await mentionsOf('ben')]).toEqual([1, 0]);
    const { comments } = await as('ana').task.get({ taskId });
    const edit = (body: string) =>
      as('ana').task.editComment({ ...newCommand(), taskId, commentId: comments[0]!.id, body });
    await edit('Thanks @chloe and @ben');
    expect([await mentionsOf('chloe'), await mentionsOf('ben')]).toEqual([1, 1]);
    await edit('Thanks @ben');
    await edit('Thanks @ben and @chloe');
    expect([await mentionsOf('chloe'), await mentionsOf('ben')]).toEqual([2, 1]);
  });

  it('rebuilt from the whole history, gives exactly the rows the running build has', async () => {
    await caughtUp();
    const changedCode = { ...inboxProjection, version: `${inboxProjection.version}-rebuilt` };
    const before = await rowsOfActiveBuild();
    const build = await startBuild(handle.db, changedCode);
    expect(await catchUp(handle.db, changedCode)).toMatchObject({ build, switched: true });
    expect((await activeVersion(handle.db, 'inbox'))?.version).toBe(build);
    expect(await rowsOfActiveBuild()).toEqual(before);
    expect(before.notifications.length).toBeGreaterThan(0);
  });

  it('shows nothing of a project the person has left', async () => {
    await as('chloe').project.leave({ ...newCommand(), projectId });
    expect(await listOf('chloe')).toEqual([]);
    expect(await unreadOf('chloe')).toBe(0);
  });

  it('sees only the inbox of whoever is signed in', async () => {
    const stranger = await insertUser(handle.db, 'Sam', `sam-${randomUUID()}@inbox.test`);
    const { notifications } = await createCaller(contextAs(handle.db, stranger)).inbox.list();
    expect(notifications).toEqual([]);
  });
});

/** Every row of the inbox's active build, without the build's number, in a stable order. */
async function rowsOfActiveBuild() {
  const active = (await activeVersion(handle.db, 'inbox'))!;
  const strip = <R extends { version: number }>(rows: R[]) =>
    rows.map(({ version: _build, ...row }) => row).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const build = (table: { version: AnyColumn }) => eq(table.version, active.version);
  return {
    notifications: strip(await handle.db.select().from(inboxNotifications).where(build(inboxNotifications))),
    mentions: strip(await handle.db.select().from(inboxMentions).where(build(inboxMentions))),
    tasks: strip(await handle.db.select().from(inboxTasks).where(build(inboxTasks))),
    comments: strip(await handle.db.select().from(inboxComments).where(build(inboxComments))),
    memberships: strip(await handle.db.select().from(inboxMemberships).where(build(inboxMemberships))),
  };
}
