import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/types';
import { callerAs, newCommand, uniqueKey } from '../../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../../tools/testing/database';

let handle: DatabaseHandle;
let caller: Awaited<ReturnType<typeof callerAs>>['caller'];
let projectId: string;
let otherProjectId: string;
/** The positions of the project's changes, as its timeline tells them, and one of another project in between. */
let marks: { created: number; renamed: number; described: number; moved: number; last: number; foreign: number };

beforeAll(async () => {
  handle = await openTestDatabase();
  ({ caller } = await callerAs(handle.db, 'Ana'));
  ({ projectId } = await caller.project.create({ ...newCommand(), name: 'Between', key: uniqueKey('B') }));
  ({ projectId: otherProjectId } = await caller.project.create({
    ...newCommand(),
    name: 'Other',
    key: uniqueKey('O'),
  }));
  const { statuses } = await caller.project.get({ projectId });
  const { taskId, position: created } = await caller.task.create({ ...newCommand(), projectId, title: 'First' });
  // Another project's changes land between this one's: positions are global.
  const { position: foreign } = await caller.task.create({ ...newCommand(), projectId: otherProjectId, title: 'Far' });
  const { position: renamed } = await caller.task.rename({ ...newCommand(), taskId, title: 'Renamed' });
  const { position: described } = await caller.task.describe({ ...newCommand(), taskId, description: 'Words' });
  const { position: moved } = await caller.task.move({ ...newCommand(), taskId, toStatusId: statuses[1]!.id });
  const { position: last } = await caller.task.comment({ ...newCommand(), taskId, body: 'Done' });
  marks = {
    created: created!,
    renamed: renamed!,
    described: described!,
    moved: moved!,
    last: last!,
    foreign: foreign!,
  };
});
afterAll(() => handle.close());

describe(`history.between on ${databaseKind}`, () => {
  it('lists the changes after the earlier point up to the later one, oldest first, and no other project’s', async () => {
    const between = await caller.history.between({
      projectId,
      from: { position: marks.created },
      to: { position: marks.moved },
    });
    expect(between.items.map((e) => e.position)).toEqual([marks.renamed, marks.described, marks.moved]);
    expect(between.items.map((e) => e.type)).toEqual(['TaskRenamed', 'TaskDescribed', 'TaskMoved']);
    expect(between.items.every((e) => e.projectId === projectId)).toBe(true);
    expect(between).toMatchObject({ total: 3, nextCursor: undefined });
  });

  it('reads the same whichever way round the points are given', async () => {
    const forward = await caller.history.between({ projectId, from: { position: marks.created }, to: { step: 99 } });
    const backward = await caller.history.between({ projectId, from: { step: 99 }, to: { position: marks.created } });
    expect(backward).toEqual(forward);
    expect(forward.items.at(-1)?.position).toBe(marks.last);
  });

  it('from the start holds the whole timeline, which leaves out the reserved task number', async () => {
    const all = await caller.history.between({ projectId, from: { step: 0 }, to: { position: marks.last } });
    expect(all.items[0]?.type).toBe('ProjectCreated');
    expect(all.items.map((e) => e.type)).not.toContain('TaskNumberReserved');
    expect(all.items.map((e) => e.type)).toContain('TaskCreated');
    const timeline = await caller.history.list({ projectId, limit: 100 });
    expect(all.items.map((e) => e.position)).toEqual(timeline.items.map((e) => e.position).reverse());
    expect(all.total).toBe(timeline.items.length);
  });

  it('pages after the cursor, each page bounded, until the last says there is no more', async () => {
    const input = { projectId, from: { step: 0 }, to: { position: marks.last }, limit: 2 };
    const { items: whole, total } = await caller.history.between({ ...input, limit: 100 });
    const seen: number[] = [];
    let cursor: number | undefined;
    for (let page = 0; page < 20; page++) {
      const answer = await caller.history.between({ ...input, ...(cursor ? { cursor } : {}) });
      expect(answer.items.length).toBeLessThanOrEqual(2);
      expect(answer.total).toBe(total);
      seen.push(...answer.items.map((e) => e.position));
      cursor = answer.nextCursor;
      if (cursor === undefined) break;
    }
    expect(seen).toEqual(whole.map((e) => e.position));
    await expect(caller.history.between({ ...input, limit: 101 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is empty between a point and itself, and refuses a point of another project', async () => {
    const same = await caller.history.between({
      projectId,
      from: { position: marks.moved },
      to: { position: marks.moved },
    });
    expect(same).toEqual({ items: [], total: 0, nextCursor: undefined });
    await expect(
      caller.history.between({ projectId, from: { position: marks.foreign }, to: { position: marks.last } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await caller.history.between({ projectId: otherProjectId, from: { step: 0 }, to: { step: 99 } });
    expect(other.items.map((e) => e.position)).toContain(marks.foreign);
    expect(other.items.every((e) => e.projectId === otherProjectId)).toBe(true);
  });
});
