import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { readProjectHistory } from '../event-store';
import { insertUser } from '../queries/users';
import { asyncProjections, catchUp } from '../read-models/async';
import { seedDemo } from '../tools/seed/demo';
import { callerAsDemoOwner, contextAs, newCommand } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { exportedText, linesOfText, localPostgresAnswers, openOtherDatabase } from '../tools/testing/log-file';
import { createCaller } from '../api/root';
import { importProjectLog } from './import';
import { logHeader } from './format';

let source: DatabaseHandle;
let target: DatabaseHandle;
let demo: Awaited<ReturnType<typeof seedDemo>>;
let text: string;
let imported: Awaited<ReturnType<typeof importProjectLog>>;
let importer: Awaited<ReturnType<typeof insertUser>>;

beforeAll(async () => {
  source = await openTestDatabase();
  target = await openOtherDatabase();
  demo = await seedDemo(source.db, { endAt: new Date('2026-11-01T12:00:00Z') });
  await actOnHistory();
  text = await exportedText(source.db, demo.projectId);
  importer = await insertUser(target.db, 'Ida');
  imported = await importProjectLog(target.db, linesOfText(text), { ownerId: importer.id });
  for (const handle of [source, target]) for (const p of asyncProjections) await catchUp(handle.db, p);
}, 120_000);
afterAll(async () => {
  await source.close();
  await target.close();
});

/**
 * The demo has no named point, label list, undo or restore: events that refer to others by position or id. Made
 * here, through the procedures, so the round trip carries them too.
 */
async function actOnHistory() {
  const owner = callerAsDemoOwner(source.db, demo);
  const { projectId } = demo;
  const history = await readProjectHistory(source.db, projectId, { limit: 1_000 });
  const taskId = history.find((e) => e.type === 'TaskCreated')!.streamId.slice('task-'.length);
  await owner.project.namePoint({ ...newCommand(), projectId, position: history[60]!.position, name: 'Kick-off' });
  await owner.project.createLabel({ ...newCommand(), projectId, name: 'design', colour: 'teal' });
  const comment = newCommand();
  await owner.task.comment({ ...comment, taskId, body: 'A comment to undo' });
  await owner.history.undo({ ...newCommand(), projectId, undoneCommandId: comment.commandId });
  await owner.history.restore({ ...newCommand(), projectId, at: { position: history[150]!.position } });
}

/** What a view shows, without what an import changes: ids (each replaced by the order it first appears in) and positions. */
function shown(value: unknown): unknown {
  const seen = new Map<string, string>();
  const walk = (node: unknown, key?: string): unknown => {
    if (typeof node === 'string' && UUID.test(node)) {
      if (!seen.has(node)) seen.set(node, `id${seen.size}`);
      return seen.get(node);
    }
    if (typeof node === 'number' && key && POSITIONAL.test(key)) return 'position';
    if (Array.isArray(node)) return node.map((item) => walk(item, key && POSITIONAL.test(key) ? key : undefined));
    if (node instanceof Date) return node.toISOString();
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [walk(k) as string, walk(v, k)]));
    }
    return node;
  };
  return walk(value);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const POSITIONAL = /^(position|positions|cursor|nextCursor|upTo|head|lastPosition|before|after)$/i;

describe(`a project's log from ${databaseKind} into another database`, () => {
  const sourceCaller = () => callerAsDemoOwner(source.db, demo);
  const targetCaller = () => createCaller(contextAs(target.db, importer));

  it('goes across the two kinds of database (PGlite to PostgreSQL when a server answers, PostgreSQL to PGlite)', async () => {
    const expected = source.kind === 'postgres' ? 'pglite' : (await localPostgresAnswers()) ? 'postgres' : 'pglite';
    expect(target.kind).toBe(expected);
  });

  it('exports a header that agrees with its lines', () => {
    const [first, ...rest] = text.trimEnd().split('\n');
    const header = logHeader.parse(JSON.parse(first!));
    expect(header.events).toBeGreaterThan(demo.events);
    expect(rest).toHaveLength(header.events);
    expect(header.project).toMatchObject({ id: demo.projectId, key: demo.key, name: 'Chronicle Website' });
    expect(imported).toMatchObject({ key: demo.key, events: header.events });
    expect(imported.projectId).not.toBe(demo.projectId);
  });

  it('shows the same board', async () => {
    const [from, to] = await Promise.all([
      sourceCaller().board.get({ projectId: demo.projectId }),
      targetCaller().board.get({ projectId: imported.projectId }),
    ]);
    expect(shown(to)).toEqual(shown(from));
  });

  it('shows the same page for every task, deleted ones too', async () => {
    const numbers = (await readProjectHistory(source.db, demo.projectId, { limit: 1_000 })).flatMap((e) =>
      e.type === 'TaskNumberReserved' ? [e.data.number] : [],
    );
    expect(numbers.length).toBeGreaterThan(10);
    for (const number of numbers) {
      const [from, to] = await Promise.all([
        sourceCaller().task.getByNumber({ key: demo.key, number }),
        targetCaller().task.getByNumber({ key: imported.key, number }),
      ]);
      expect(shown(to), `task ${number}`).toEqual(shown(from));
    }
  });

  it('lists the same history, with the "became owner" of the import on top', async () => {
    const [from, to] = await Promise.all([
      allHistory((cursor) => sourceCaller().history.list({ projectId: demo.projectId, limit: 100, cursor })),
      allHistory((cursor) => targetCaller().history.list({ projectId: imported.projectId, limit: 100, cursor })),
    ]);
    expect(from.length).toBeGreaterThan(100);
    expect(shown(to.slice(1))).toEqual(shown(from));
    expect(to[0]).toMatchObject({ actorId: importer.id });
  });

  it('shows the same Insights', async () => {
    const [from, to] = await Promise.all([
      sourceCaller().insights.get({ projectId: demo.projectId }),
      targetCaller().insights.get({ projectId: imported.projectId }),
    ]);
    expect(from.ready).toBe(true);
    expect(shown({ ...to, version: 0 })).toEqual(shown({ ...from, version: 0 }));
  });

  it('replays the imported project to any point as the source stood there', async () => {
    const [fromEvents, toEvents] = await Promise.all([
      readProjectHistory(source.db, demo.projectId, { limit: 1_000 }),
      readProjectHistory(target.db, imported.projectId, { limit: 1_000 }),
    ]);
    expect(toEvents).toHaveLength(fromEvents.length + 1);
    for (const k of [0, 5, 40, 120, 200, fromEvents.length - 1]) {
      const [from, to] = await Promise.all([
        sourceCaller().board.get({ projectId: demo.projectId, at: { position: fromEvents[k]!.position } }),
        targetCaller().board.get({ projectId: imported.projectId, at: { position: toEvents[k]!.position } }),
      ]);
      expect(shown(to), `event ${k + 1}`).toEqual(shown(from));
      expect(toEvents[k]).toMatchObject({ type: fromEvents[k]!.type, recordedAt: fromEvents[k]!.recordedAt });
    }
    for (const step of [1, 10, 50, 150]) {
      const [from, to] = await Promise.all([
        sourceCaller().board.get({ projectId: demo.projectId, at: { step } }),
        targetCaller().board.get({ projectId: imported.projectId, at: { step } }),
      ]);
      expect(shown(to), `step ${step}`).toEqual(shown(from));
    }
  });
});

describe(`what refers to other events, after a round trip from ${databaseKind}`, () => {
  const sourceCaller = () => callerAsDemoOwner(source.db, demo);
  const targetCaller = () => createCaller(contextAs(target.db, importer));

  it('names the same points and labels', async () => {
    for (const read of ['namedPoints', 'labels'] as const) {
      const [from, to] = await Promise.all([
        sourceCaller().project[read]({ projectId: demo.projectId }),
        targetCaller().project[read]({ projectId: imported.projectId }),
      ]);
      expect(from.length, read).toBeGreaterThan(0);
      expect(shown(to), read).toEqual(shown(from));
    }
  });

  it("lists the source's people by their ids, and none is a member whose account is missing here", async () => {
    const members = await targetCaller().project.members({ projectId: imported.projectId });
    // The demo's accounts do not exist in the other database: the views call them "a former member".
    expect(members.map((m) => [m.userId, m.role, m.active])).toEqual([[importer.id, 'owner', true]]);
  });

  it('gives the named point the position where its event now is', async () => {
    const [[from], [to]] = await Promise.all([
      sourceCaller().project.namedPoints({ projectId: demo.projectId }),
      targetCaller().project.namedPoints({ projectId: imported.projectId }),
    ]);
    const [fromEvents, toEvents] = await Promise.all([
      readProjectHistory(source.db, demo.projectId, { limit: 1_000 }),
      readProjectHistory(target.db, imported.projectId, { limit: 1_000 }),
    ]);
    const k = fromEvents.findIndex((e) => e.position === from!.position);
    expect(k).toBe(60);
    expect(to!.position).toBe(toEvents[k]!.position);
  });
});

async function allHistory<E>(page: (cursor?: number) => Promise<{ items: E[]; nextCursor?: number | null }>) {
  const entries: E[] = [];
  let cursor: number | undefined;
  for (;;) {
    const answer = await page(cursor);
    entries.push(...answer.items);
    if (answer.nextCursor == null) return entries;
    cursor = answer.nextCursor;
  }
}
