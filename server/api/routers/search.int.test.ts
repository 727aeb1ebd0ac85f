import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { commentsView, events, tasksView } from '../../db/schema';
import { commentDocument, eventDocument, taskDocument } from '../../db/schema/search-text';
import type { DatabaseHandle } from '../../db/types';
import type { Segment } from '../../queries/search-terms';
import { insertUser } from '../../queries/users';
import { callerAs, contextAs, joinByInvitation, newCommand, uniqueKey } from '../../tools/testing/commands';
import { generateProjectHistory } from '../../tools/bench/generate-history';
import { countEvents, databaseKind, openTestDatabase } from '../../tools/testing/database';
import { createCaller } from '../root';

let handle: DatabaseHandle;
let ana: Awaited<ReturnType<typeof callerAs>>;
let ben: ReturnType<typeof createCaller>;
let eve: Awaited<ReturnType<typeof callerAs>>;
let project: { projectId: string; key: string };
let other: { projectId: string; key: string };
const tasks: Record<string, { taskId: string; number: number }> = {};

const marked = (segments: readonly Segment[] | null) =>
  (segments ?? []).map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

beforeAll(async () => {
  handle = await openTestDatabase();
  ana = await callerAs(handle.db, 'Ana');
  eve = await callerAs(handle.db, 'Eve');
  const benPerson = await insertUser(handle.db, 'Ben');
  ben = createCaller(contextAs(handle.db, benPerson));
  project = await ana.caller.project.create({ ...newCommand(), name: 'Searchable', key: uniqueKey('S') });
  await joinByInvitation(handle.db, ana.caller, project.projectId, benPerson, 'member');
  const create = async (name: string, title: string, description = '') => {
    tasks[name] = await ana.caller.task.create({ ...newCommand(), projectId: project.projectId, title, description });
  };
  await create('inTitle', 'Checkout crashes on Safari');
  await create('inDescription', 'Payment page', 'The checkout button does nothing when the cart is empty');
  await create('inComment', 'Polish the footer');
  await create('labeled', 'Refund flow');
  await create('xss', '<img src=x onerror=alert(1)> checkout');
  await create('deleted', 'Checkout audit (deleted)');
  await ana.caller.task.label({ ...newCommand(), taskId: tasks.labeled!.taskId, add: ['checkout-v2'] });
  await ben.task.comment({ ...newCommand(), taskId: tasks.inComment!.taskId, body: 'Same bug as the checkout one' });
  await ben.task.comment({ ...newCommand(), taskId: tasks.inComment!.taskId, body: 'Secret zanzibar password' });
  const { comments } = await ana.caller.task.get({ taskId: tasks.inComment!.taskId });
  const secret = comments.find((c) => c.body.includes('zanzibar'))!;
  await ben.task.deleteComment({ ...newCommand(), taskId: tasks.inComment!.taskId, commentId: secret.id });
  await ana.caller.task.delete({ ...newCommand(), taskId: tasks.deleted!.taskId });

  other = await eve.caller.project.create({ ...newCommand(), name: 'Elsewhere', key: uniqueKey('O') });
  await eve.caller.task.create({ ...newCommand(), projectId: other.projectId, title: 'Checkout of Eve' });
});
afterAll(() => handle.close());

describe(`search on ${databaseKind}`, () => {
  it('ranks a match in the title above labels, description and comments, and marks the words matched', async () => {
    const { tasks: found } = await ana.caller.search.query({ q: 'checkout' });
    const order = found.map((t) => t.taskId);
    expect(order.indexOf(tasks.inTitle!.taskId)).toBeLessThan(order.indexOf(tasks.labeled!.taskId));
    expect(order.indexOf(tasks.labeled!.taskId)).toBeLessThan(order.indexOf(tasks.inDescription!.taskId));
    expect(order.indexOf(tasks.inDescription!.taskId)).toBeLessThan(order.indexOf(tasks.inComment!.taskId));
    const hit = (name: string) => found.find((t) => t.taskId === tasks[name]!.taskId)!;
    expect(marked(hit('inTitle').title)).toBe('[Checkout] crashes on Safari');
    expect(marked(hit('inDescription').description)).toContain('The [checkout] button');
    expect(marked(hit('inComment').comment)).toBe('Same bug as the [checkout] one');
    expect(hit('inComment').description).toBeNull();
    expect(hit('labeled').labels).toEqual(['checkout-v2']);
    expect(hit('inTitle').key).toBe(project.key);
  });

  it('matches the word being typed as a prefix, and phrases and exclusions as a search engine does', async () => {
    const titles = async (q: string) => (await ana.caller.search.query({ q })).tasks.map((t) => marked(t.title));
    expect(await titles('saf')).toEqual(['Checkout crashes on [Safari]']);
    expect(await titles('checkout cra')).toEqual(['[Checkout] [crashes] on Safari']);
    expect(await titles('"crashes on" safari')).toEqual(['Checkout [crashes] [on] [Safari]']);
    const excluding = await titles('checkout -crashes');
    expect(excluding).toContain('Payment page');
    expect(excluding).not.toContain('[Checkout] crashes on Safari');
  });

  it('finds a task by its number, with or without its project key, before any match of words', async () => {
    const { number } = tasks.labeled!;
    for (const q of [`${project.key}-${number}`, `${project.key.toLowerCase()}-${number}`, `#${number}`, `${number}`]) {
      const [first] = (await ana.caller.search.query({ q })).tasks;
      expect(first, q).toMatchObject({ taskId: tasks.labeled!.taskId, numberMatched: true });
    }
    expect((await ana.caller.search.query({ q: `${other.key}-1` })).tasks).toEqual([]);
  });

  it('never shows deleted tasks or the text of deleted comments, in tasks or in history', async () => {
    const found = await ana.caller.search.query({ q: 'zanzibar' });
    expect(found).toEqual({ tasks: [], history: [] });
    const audit = await ana.caller.search.query({ q: 'audit' });
    expect(audit.tasks).toEqual([]);
    expect(audit.history.map((h) => [h.type, h.taskDeleted])).toEqual([['TaskCreated', true]]);
    const checkout = await ana.caller.search.query({ q: 'checkout', projectId: project.projectId });
    expect(checkout.history.filter((h) => !h.taskDeleted).length).toBeGreaterThan(0);
  });

  it("shows only the projects the person reads: never another's, not one they left, and refuses a foreign projectId", async () => {
    const theirs = await eve.caller.search.query({ q: 'checkout' });
    expect(theirs.tasks.map((t) => t.key)).toEqual([other.key]);
    expect((await ana.caller.search.query({ q: 'checkout' })).tasks.map((t) => t.key)).not.toContain(other.key);
    const before = await countEvents(handle.db);
    await expect(ana.caller.search.query({ q: 'checkout', projectId: other.projectId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await countEvents(handle.db)).toBe(before);
    const scoped = await ana.caller.search.query({ q: 'checkout', projectId: project.projectId });
    expect(scoped.tasks.length).toBeGreaterThan(0);

    expect((await ben.search.query({ q: 'checkout' })).tasks.length).toBeGreaterThan(0);
    await ben.project.leave({ ...newCommand(), projectId: project.projectId });
    expect(await ben.search.query({ q: 'checkout' })).toEqual({ tasks: [], history: [] });
    await expect(ben.search.query({ q: 'checkout', projectId: project.projectId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('finds history entries by the words written into them, newest first, each with its position', async () => {
    const { history } = await ana.caller.search.query({ q: 'checkout', projectId: project.projectId });
    expect(history.map((h) => h.type)).toEqual(expect.arrayContaining(['TaskCreated', 'TaskLabeled', 'CommentAdded']));
    const positions = history.map((h) => h.position);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    // Labels show as a list, as people read them.
    expect(marked(history.find((h) => h.type === 'TaskLabeled')!.text)).toBe('[checkout]-v2');
    const comment = history.find((h) => h.type === 'CommentAdded')!;
    expect(marked(comment.text)).toBe('Same bug as the [checkout] one');
    expect(comment.task).toBe(`${project.key}-${tasks.inComment!.number}`);
    const event = await ana.caller.history.event({ projectId: project.projectId, position: comment.position });
    expect(event).toBeTruthy();
  });

  it('answers from the newest part of the log, and reaches back past it for a word it has too few of', async () => {
    const zoo = await ana.caller.project.create({ ...newCommand(), name: 'Zoo', key: uniqueKey('Z') });
    const add = (title: string) => ana.caller.task.create({ ...newCommand(), projectId: zoo.projectId, title });
    const oldWalrus = await add('Walrus, the first');
    for (const n of [1, 2, 3]) await add(`Otter ${n}`);
    await ana.caller.task.comment({ ...newCommand(), taskId: oldWalrus.taskId, body: 'walrus secret' });
    await ana.caller.task.comment({ ...newCommand(), taskId: oldWalrus.taskId, body: 'Old tusk' });
    // Another project's long history: what came before it is beyond the newest part of the log.
    await generateProjectHistory(handle.db, { events: 2_500, tasks: 20 });
    for (const n of [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]) await add(`Otter ${n}`);
    await add('Walrus, the second');
    for (const n of [1, 2, 3]) {
      await ana.caller.task.comment({ ...newCommand(), taskId: oldWalrus.taskId, body: `New tusk ${n}` });
    }
    const { comments } = await ana.caller.task.get({ taskId: oldWalrus.taskId });
    await ana.caller.task.deleteComment({ ...newCommand(), taskId: oldWalrus.taskId, commentId: comments[0]!.id });

    const titles = async (q: string, limit?: number) =>
      (await ana.caller.search.query({ q, projectId: zoo.projectId, limit })).history.map((h) =>
        h.text.map((t) => t.text).join(''),
      );
    expect(await titles('walrus')).toEqual(['Walrus, the second', 'Walrus, the first']);
    const otters = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Otter ${to - i}`);
    expect(await titles('otter')).toEqual(otters(6, 15));
    expect(await titles('otter', 50)).toEqual(otters(1, 15));
    // Comments, found by their text in comments_view, the same way: the newest alone when they are a page.
    expect(await titles('tusk', 2)).toEqual(['New tusk 3', 'New tusk 2']);
    expect(await titles('tusk')).toEqual(['New tusk 3', 'New tusk 2', 'New tusk 1', 'Old tusk']);
  });

  it('hands back text as plain segments: markup in a title is text, and the marks cannot be forged', async () => {
    const { tasks: found } = await ana.caller.search.query({ q: 'onerror' });
    expect(found.map((t) => t.title)).toEqual([
      [
        { text: '<img src=x ', match: false },
        { text: 'onerror', match: true },
        { text: '=alert(1)> checkout', match: false },
      ],
    ]);
    await ana.caller.task.create({
      ...newCommand(),
      projectId: project.projectId,
      title: 'Forged \u0001mark\u0002 here',
    });
    const forged = await ana.caller.search.query({ q: 'forged' });
    expect(marked(forged.tasks[0]!.title)).toBe('[Forged] mark here');
  });

  it('answers hostile text with results or a clear refusal, never a server error', async () => {
    for (const q of ['', '   ', "&|!():*'\\", '!!!', 'a:*', "'", '"', '-', 'or', '<->', '\\x', '中文 検索', '🙂']) {
      await expect(ana.caller.search.query({ q }), JSON.stringify(q)).resolves.toBeTruthy();
    }
    await expect(ana.caller.search.query({ q: 'x'.repeat(10_000) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(ana.caller.search.query({ q: 'a\ud800' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (q) => {
        await ana.caller.search.query({ q });
      }),
      { numRuns: 60 },
    );
  });

  it('finds its matches through the GIN indexes, whose expressions the search repeats', async () => {
    const query = sql`to_tsquery('simple', 'checkout:*')`;
    const plans = await handle.db.transaction(async (tx) => {
      // The tables of a test are small enough to scan: without scans, only an index the query matches can answer.
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = async (statement: ReturnType<typeof sql>) =>
        rowsOf<Record<string, string>>(await tx.execute(sql`explain ${statement}`))
          .map((row) => Object.values(row)[0])
          .join('\n');
      return [
        await plan(sql`select 1 from ${tasksView} where ${taskDocument(tasksView)} @@ ${query}`),
        await plan(
          sql`select 1 from ${commentsView} where not ${commentsView.deleted} and ${commentDocument(commentsView)} @@ ${query}`,
        ),
        await plan(sql`select 1 from ${events} where ${eventDocument(events)} @@ ${query}`),
      ];
    });
    expect(plans[0]).toContain('tasks_view_search_idx');
    expect(plans[1]).toContain('comments_view_search_idx');
    expect(plans[2]).toContain('events_search_idx');
  });
});
