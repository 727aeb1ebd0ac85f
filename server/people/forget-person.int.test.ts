import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { asc, eq, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../api/root';
import { events, personKeys } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readAll, readProjectHistory } from '../event-store';
import { readInsights } from '../queries/insights';
import { asyncProjection } from '../read-models/async';
import { rebuildReadModels } from '../read-models/rebuild';
import { CHECKPOINT_EVERY, replayProject } from '../replay/replay-project';
import { asyncReadModels, readModels } from '../read-models/registry';
import { catchUp } from '../read-models/runner';
import { insertUser } from '../queries/users';
import { contextAs, joinByInvitation, newCommand } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { findTextInDatabase } from '../tools/testing/find-text';
import { liveReadModel } from '../tools/testing/read-model';
import { forgetPerson } from './forget-person';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const tag = randomUUID().slice(0, 8);
const person = { name: `Quentin Forgetme ${tag}`, email: `quentin.${tag}@forget.test` };
const texts = {
  first: `The launch code is zebra-${tag}`,
  edited: `The launch code is okapi-${tag}`,
  second: `My phone is 0170-${tag}`,
};
const ownersComment = `Thanks @quentin.${tag}, noted`;

const insights = asyncProjection(asyncReadModels.find((m) => m.name === 'insights')!);

/** Every view of the project the test compares before and after: the board, each task and Insights. */
async function views(caller: ReturnType<typeof createCaller>, projectId: string, taskIds: string[], at?: number) {
  const point = at === undefined ? undefined : { position: at };
  const board = await caller.board.get({ projectId, at: point });
  const tasks = await Promise.all(taskIds.map((taskId) => caller.task.get({ taskId, at: point }).catch(() => null)));
  return { board, tasks };
}

describe(`forgetting a person on ${databaseKind}`, () => {
  it('destroys every stored copy of their name, address and comments, and every view still works', async () => {
    const { db } = handle;
    const owner = await insertUser(db, `Olga Owner ${tag}`, `olga.${tag}@forget.test`);
    const asOwner = createCaller(contextAs(db, owner));
    const them = await insertUser(db, person.name, person.email);
    const asThem = createCaller(contextAs(db, them));

    const { projectId } = await asOwner.project.create({ ...newCommand(), name: 'Forgetting', key: 'FGT' });
    await joinByInvitation(db, asOwner, projectId, them, 'member');
    const { taskId } = await asOwner.task.create({ ...newCommand(), projectId, title: 'Plan the launch' });
    const { taskId: other } = await asThem.task.create({ ...newCommand(), projectId, title: 'Their own task' });
    const board = await asOwner.board.get({ projectId });
    await asThem.task.move({ ...newCommand(), taskId, toStatusId: board.columns[2]!.status.id });
    await asOwner.task.assign({ ...newCommand(), taskId, assigneeId: them.id });
    await asThem.task.rename({ ...newCommand(), taskId: other, title: 'Their task, renamed' });
    await asThem.task.comment({ ...newCommand(), taskId, body: texts.first });
    const commentId = (await asThem.task.get({ taskId })).comments[0]!.id;
    await asThem.task.editComment({ ...newCommand(), taskId, commentId, body: texts.edited });
    await asThem.task.comment({ ...newCommand(), taskId: other, body: texts.second });
    await asOwner.task.comment({ ...newCommand(), taskId, body: ownersComment });
    const secrets = [person.name, person.email, texts.first, texts.edited, texts.second];

    // Sealed in the log from the start: their text is in the read tables, never in the events.
    const inEvents = (await findTextInDatabase(db, secrets)).filter((f) => f.where.startsWith('"public"."events"'));
    expect(inEvents).toEqual([]);
    expect((await asOwner.task.get({ taskId })).comments.map((c) => c.body)).toEqual([texts.edited, ownersComment]);
    expect((await findTextInDatabase(db, secrets)).length).toBeGreaterThan(0);

    const history = await readProjectHistory(db, projectId);
    const positions = history.map((e) => e.position);
    const before = await Promise.all(positions.map((p) => views(asOwner, projectId, [taskId, other], p)));
    const liveBefore = await views(asOwner, projectId, [taskId, other]);
    await catchUp(db, insights);
    const insightsBefore = await readInsights(db, projectId);
    const logBefore = await db
      .select({ position: events.position, type: events.type, streamId: events.streamId, data: events.data })
      .from(events)
      .orderBy(asc(events.position));

    expect(
      await forgetPerson(db, { userId: them.id, actorId: them.id, commandId: randomUUID(), now: new Date() }),
    ).toEqual({ comments: 2 });

    expect(await findTextInDatabase(db, secrets)).toEqual([]);
    // The owner's comment, which names their handle, is the owner's own text and stays.
    expect((await findTextInDatabase(db, [ownersComment])).length).toBeGreaterThan(0);

    // The log kept every event, position, type and stream; the only new event says who was forgotten.
    const logAfter = await db
      .select({ position: events.position, type: events.type, streamId: events.streamId, data: events.data })
      .from(events)
      .orderBy(asc(events.position));
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter.slice(logBefore.length).map((e) => [e.type, e.streamId, e.data])).toEqual([
      ['PersonForgotten', `person-${them.id}`, { userId: them.id, comments: 2 }],
    ]);
    expect(await db.select({ key: personKeys.key }).from(personKeys).where(eq(personKeys.userId, them.id))).toEqual([
      { key: null },
    ]);

    // Every view equals what it was, but for their comments' text (bodies and excerpts), now empty.
    const forgotten = new Set([texts.first, texts.edited, texts.second]);
    const removed = (value: unknown): unknown => {
      if (typeof value === 'string') return forgotten.has(value) ? '' : value;
      if (Array.isArray(value)) return value.map(removed);
      if (value && typeof value === 'object' && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, removed(v)]));
      return value;
    };
    expect(await views(asOwner, projectId, [taskId, other])).toEqual(removed(liveBefore));
    const after = await Promise.all(positions.map((p) => views(asOwner, projectId, [taskId, other], p)));
    expect(after).toEqual(before.map(removed));
    const comments = (await asOwner.task.get({ taskId })).comments;
    expect(comments.map((c) => c.body)).toEqual(['', ownersComment]);

    // The read tables as scrubbed equal a rebuild from the log; Insights are the same.
    const live = await liveReadModel(db);
    await rebuildReadModels(db);
    expect(await liveReadModel(db)).toEqual(live);
    await catchUp(db, insights);
    // Insights read the whole log, so they are now as of the PersonForgotten event: the same figures.
    const insightsAfter = await readInsights(db, projectId);
    expect(insightsAfter).toMatchObject({ ready: true, position: logAfter.at(-1)!.position });
    expect({ ...insightsAfter, position: logBefore.at(-1)!.position }).toEqual(insightsBefore);
    expect((await readAll(db, { upTo: logBefore.at(-1)!.position })).length).toBe(logBefore.length);

    // The members list no longer names them: the views say "a former member".
    const members = await asOwner.project.members({ projectId });
    expect(JSON.stringify(members)).not.toContain(person.name);

    // A fork made afterwards copies the tasks and the comments whose text is still there.
    await asOwner.project.fork({
      ...newCommand(),
      projectId,
      at: { position: positions.at(-1)! },
      name: 'Fork',
      key: 'FGF',
    });
    const fork = await asOwner.task.getByNumber({ key: 'FGF', number: 1 });
    expect(fork.comments.map((c) => [c.authorId, c.body])).toEqual([[owner.id, ownersComment]]);

    // Forgetting again changes nothing, and a copy of their session can write nothing.
    expect(
      await forgetPerson(db, { userId: them.id, actorId: them.id, commandId: randomUUID(), now: new Date() }),
    ).toBeNull();
    const count = (await db.select({ p: events.position }).from(events).where(lte(events.position, 1e15))).length;
    await expect(asThem.task.comment({ ...newCommand(), taskId, body: 'still here?' })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'UNAUTHORIZED',
    );
    expect((await db.select({ p: events.position }).from(events)).length).toBe(count);
  });

  it('deleteAccount asks the last owner of a team to hand over first, and forgets a member who asks', async () => {
    const { db } = handle;
    const owner = await insertUser(db, `Olaf ${tag}`);
    const member = await insertUser(db, `Mia ${tag}`);
    const asOwner = createCaller(contextAs(db, owner));
    const { projectId } = await asOwner.project.create({ ...newCommand(), name: 'Handing over', key: 'HND' });
    await joinByInvitation(db, asOwner, projectId, member, 'member');
    const before = await countEvents(db);
    await expect(asOwner.account.deleteAccount(newCommand())).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'PRECONDITION_FAILED' && /last owner of a project/.test(e.message),
    );
    expect(await countEvents(db)).toBe(before);

    await createCaller(contextAs(db, member)).account.deleteAccount(newCommand());
    expect(await findTextInDatabase(db, [member.name, member.email])).toEqual([]);
    // Alone in the project now, the owner may go too.
    await asOwner.account.deleteAccount(newCommand());
    expect(await findTextInDatabase(db, [owner.name, owner.email])).toEqual([]);
  });

  it('removes the replay checkpoints that hold their text; a replay after it reads "comment removed"', async () => {
    const { db } = handle;
    const owner = await insertUser(db, `Otto ${tag}`);
    const writer = await insertUser(db, `Wanda ${tag}`);
    const asOwner = createCaller(contextAs(db, owner));
    const { projectId } = await asOwner.project.create({ ...newCommand(), name: 'Long history', key: 'LNG' });
    await joinByInvitation(db, asOwner, projectId, writer, 'member');
    const { taskId } = await asOwner.task.create({ ...newCommand(), projectId, title: 'Renamed often' });
    const text = `Wanda's private note ${tag}`;
    await createCaller(contextAs(db, writer)).task.comment({ ...newCommand(), taskId, body: text });
    for (let i = 0; i < CHECKPOINT_EVERY; i++) {
      await asOwner.task.rename({ ...newCommand(), taskId, title: `Renamed ${i}` });
    }
    const [head] = (await readProjectHistory(db, projectId, { after: 0, limit: 1_000 })).slice(-1);
    const comments = readModels.find((m) => m.name === 'comments')!;
    await replayProject(db, projectId, head!.position, [comments]);
    const where = (await findTextInDatabase(db, [text])).map((f) => f.where);
    expect(where).toContain('"public"."replay_checkpoints"."state"');

    await forgetPerson(db, { userId: writer.id, actorId: writer.id, commandId: randomUUID(), now: new Date() });
    expect(await findTextInDatabase(db, [text, writer.name, writer.email])).toEqual([]);
    const replayed = await replayProject(db, projectId, head!.position, [comments]);
    expect(replayed.rows('comments').map((c) => c.body)).toEqual(['']);
  });
});
