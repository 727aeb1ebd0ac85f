import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../api/root';
import { events } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { rebuildReadModels } from '../read-models/rebuild';
import { contextAs } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { exportedText, linesOfText } from '../tools/testing/log-file';
import { importProjectLog } from './import';
import { loadV1Fixture, v1Fixture } from '../event-store/fixtures/v1-fixture';

/** The v1 fixture (server/event-store/fixtures): a history written before any event schema changed. */
const ana = v1Fixture.people[0]!;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await loadV1Fixture(handle.db);
  await rebuildReadModels(handle.db);
});
afterAll(() => handle.close());

describe(`a history in old schema versions, exported and imported on ${databaseKind}`, () => {
  it('is exported as stored, and imported upcast through the same upcasters as reads', async () => {
    const projectId = v1Fixture.events[0]!.projectId;
    const text = await exportedText(handle.db, projectId);
    const lines = text
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line) as { schemaVersion: number });
    expect(lines).toHaveLength(v1Fixture.events.length);
    expect(lines.every((line) => line.schemaVersion === 1)).toBe(true);

    const imported = await importProjectLog(handle.db, linesOfText(text), { key: 'FIX2' });
    const stored = await handle.db
      .select({ type: events.type, schemaVersion: events.schemaVersion })
      .from(events)
      .where(eq(events.projectId, imported.projectId));
    expect(stored.find((e) => e.type === 'ProjectCreated')?.schemaVersion).toBe(2);
    expect(stored.filter((e) => e.type === 'StatusAdded').every((e) => e.schemaVersion === 2)).toBe(true);

    // Ana owned the fixture project and keeps her account here: she owns the copy too, named, with its categories.
    const caller = createCaller(contextAs(handle.db, { ...ana, email: `${ana.id}@v1Fixture.test` }));
    const [source, copy] = await Promise.all([
      caller.project.getByKey({ key: 'FIX' }),
      caller.project.getByKey({ key: 'FIX2' }),
    ]);
    expect(copy.statuses.map((s) => [s.name, s.category])).toEqual(source.statuses.map((s) => [s.name, s.category]));
    expect(copy).toMatchObject({ name: source.name, lastTaskNumber: source.lastTaskNumber, role: 'owner' });
    const [from, to] = await Promise.all([
      caller.board.get({ projectId: source.id }),
      caller.board.get({ projectId: copy.id }),
    ]);
    const cards = (board: typeof from) =>
      'columns' in board ? board.columns.map((c) => c.tasks.map((t) => [t.number, t.title])) : [];
    expect(cards(to)).toEqual(cards(from));
    expect(cards(from).flat()).not.toHaveLength(0);
  });
});
