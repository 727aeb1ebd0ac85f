import { and, asc, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../db/schema';
import type { DatabaseHandle } from '../../db/types';
import { callerAs, newCommand, uniqueKey } from '../../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../../tools/testing/database';

let handle: DatabaseHandle;
let ana: Awaited<ReturnType<typeof callerAs>>;
let ben: Awaited<ReturnType<typeof callerAs>>;
let projectId: string;
let otherProjectId: string;
let otherTaskId: string;
let taskId: string;
/** The positions of the project's steps (its events but the task numbers reserved), in order: step n is `positions[n - 1]`. */
let positions: number[];
/** The positions of the renames of the task, in order. */
let renames: number[];

const code = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

beforeAll(async () => {
  handle = await openTestDatabase();
  ana = await callerAs(handle.db, 'Ana');
  ben = await callerAs(handle.db, 'Ben');
  ({ projectId } = await ana.caller.project.create({ ...newCommand(), name: 'Around', key: uniqueKey('A') }));
  // Another project of Ana's, written to in between, so that the two histories interleave in the global log.
  ({ projectId: otherProjectId } = await ana.caller.project.create({
    ...newCommand(),
    name: 'Elsewhere',
    key: uniqueKey('E'),
  }));
  ({ taskId } = await ana.caller.task.create({ ...newCommand(), projectId, title: 'Renamed often' }));
  ({ taskId: otherTaskId } = await ana.caller.task.create({
    ...newCommand(),
    projectId: otherProjectId,
    title: 'Not here',
  }));
  renames = [];
  for (let i = 1; i <= 30; i++) {
    const { position } = await ana.caller.task.rename({ ...newCommand(), taskId, title: `Title ${i}` });
    renames.push(position!);
    await ana.caller.task.rename({ ...newCommand(), taskId: otherTaskId, title: `Other ${i}` });
    if (i % 10 === 0) await ana.caller.task.create({ ...newCommand(), projectId, title: `Filler ${i}` });
  }
  const rows = await handle.db
    .select({ position: events.position })
    .from(events)
    .where(and(eq(events.projectId, projectId), ne(events.type, 'TaskNumberReserved')))
    .orderBy(asc(events.position));
  positions = rows.map((row) => row.position);
});
afterAll(() => handle.close());

describe(`history.around on ${databaseKind}`, () => {
  it('lists the events around a step, in order, the current one in the middle, numbered by step', async () => {
    const around = await ana.caller.history.around({ projectId, at: { step: 20 } });
    expect(around.current).toBe(positions[19]);
    expect(around.index).toBe(20);
    expect(around.count).toBe(positions.length);
    expect(around.filtered).toBe(false);
    expect(around.items.map((item) => item.step)).toEqual(Array.from({ length: 21 }, (_, i) => i + 10));
    expect(around.items.map((item) => item.position)).toEqual(positions.slice(9, 30));
  });

  it('never lists another project’s events, though their positions lie in between', async () => {
    const other = await ana.caller.history.around({ projectId: otherProjectId, before: 25, after: 0 });
    const theirs = new Set(other.items.map((item) => item.position));
    expect(theirs.size).toBeGreaterThan(0);
    for (let step = 1; step <= positions.length; step += 10) {
      const around = await ana.caller.history.around({ projectId, at: { step }, before: 25, after: 25 });
      for (const item of around.items) {
        expect(theirs.has(item.position)).toBe(false);
        expect(item.activity?.projectId ?? projectId).toBe(projectId);
      }
    }
    expect(positions.some((p, i) => i > 0 && p - positions[i - 1]! > 1)).toBe(true);
  });

  it('steps through the History’s entries only: a task number reserved is no step, and the counts agree', async () => {
    const around = await ana.caller.history.around({ projectId, at: { step: 1 }, before: 0, after: 25 });
    expect(around.items.length).toBe(26);
    for (const item of around.items) expect(item.activity?.type).not.toBeUndefined();
    const history = await ana.caller.history.list({ projectId, limit: 100 });
    expect(history.nextCursor).toBeUndefined();
    expect(around.count).toBe(history.items.length);
    expect((await ana.caller.history.span({ projectId })).count).toBe(history.items.length);
    const reserved = await handle.db
      .select({ position: events.position })
      .from(events)
      .where(and(eq(events.projectId, projectId), eq(events.type, 'TaskNumberReserved')));
    expect(reserved.length).toBe(4);
    for (const { position } of reserved) expect(positions).not.toContain(position);
  });

  it('before the first event: nothing is current, and the list starts at the first', async () => {
    for (const at of [{ step: 0 }, { position: 0 }, { time: new Date('2000-01-01T00:00:00Z') }]) {
      const around = await ana.caller.history.around({ projectId, at, after: 3 });
      expect(around.current).toBeNull();
      expect(around.index).toBe(0);
      expect(around.items.map((item) => item.step)).toEqual([1, 2, 3]);
    }
  });

  it('after the last event: the last is current and nothing follows it', async () => {
    for (const input of [{ at: { step: 1_000_000 } }, { match: 1_000_000 }, {}, { at: { time: new Date() } }]) {
      const around = await ana.caller.history.around({ projectId, ...input, before: 2 });
      expect(around.current).toBe(positions.at(-1));
      expect(around.index).toBe(positions.length);
      expect(around.items.map((item) => item.position)).toEqual(positions.slice(-3));
    }
  });

  it('with a filter, steps through the matching changes only and places the point among them', async () => {
    const types = ['TaskRenamed'];
    // The step after the 10th rename creates another task: the 10th rename stays current.
    const filler = positions.indexOf(renames[9]!) + 2;
    const between = await ana.caller.history.around({ projectId, taskId, types, at: { step: filler } });
    expect(between.filtered).toBe(true);
    expect(between.count).toBe(30);
    expect(between.current).toBe(renames[9]);
    expect(between.index).toBe(10);
    expect(between.items.map((item) => item.position)).toEqual(renames.slice(0, 20));
    expect(between.items.map((item) => item.activity?.type)).toEqual(Array(20).fill('TaskRenamed'));
    expect(between.items.map((item) => item.step)).toEqual(renames.slice(0, 20).map((p) => positions.indexOf(p) + 1));

    const third = await ana.caller.history.around({ projectId, taskId, types, match: 3, before: 5, after: 1 });
    expect(third.current).toBe(renames[2]);
    expect(third.index).toBe(3);
    expect(third.items.map((item) => item.position)).toEqual(renames.slice(0, 4));

    const beforeFirst = await ana.caller.history.around({ projectId, types, at: { step: 1 }, after: 2 });
    expect(beforeFirst.current).toBeNull();
    expect(beforeFirst.index).toBe(0);
    expect(beforeFirst.items.map((item) => item.position)).toEqual(renames.slice(0, 2));

    const last = await ana.caller.history.around({ projectId, types, match: 99, before: 1, after: 5 });
    expect(last.current).toBe(renames[29]);
    expect(last.items.map((item) => item.position)).toEqual(renames.slice(28));
  });

  it('a filter nobody matches lists nothing', async () => {
    const around = await ana.caller.history.around({ projectId, actorId: ben.person.id, match: 1 });
    expect(around).toMatchObject({ items: [], current: null, index: 0, count: 0, filtered: true });
  });

  it('refuses another project’s task and position, non-members, both a point and a match, and long lists', async () => {
    expect(await code(ana.caller.history.around({ projectId, taskId: otherTaskId }))).toBe('NOT_FOUND');
    const [theirs] = (await ana.caller.history.around({ projectId: otherProjectId, at: { step: 5 }, before: 0 })).items;
    expect(await code(ana.caller.history.around({ projectId, at: { position: theirs!.position } }))).toBe('NOT_FOUND');
    expect(await code(ben.caller.history.around({ projectId }))).toBe('NOT_FOUND');
    expect(await code(ana.caller.history.around({ projectId, at: { step: 2 }, match: 2 }))).toBe('BAD_REQUEST');
    expect(await code(ana.caller.history.around({ projectId, before: 26 }))).toBe('BAD_REQUEST');
    expect(await code(ana.caller.history.around({ projectId, after: -1 }))).toBe('BAD_REQUEST');
    expect(await code(ana.caller.history.around({ projectId, match: 0 }))).toBe('BAD_REQUEST');
  });
});
