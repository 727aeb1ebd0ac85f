import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { seedDemo } from '../seed/demo';
import { callerAs, contextAs } from '../testing/commands';
import { databaseKind, openTestDatabase } from '../testing/database';
import { appRouter, createCaller } from './root';
import type { SignedInUser } from './trpc';

let handle: DatabaseHandle;
let owner: SignedInUser;
let known: { projectId: string; taskId: string; statusId: string; userId: string; foreignProjectId: string };
beforeAll(async () => {
  handle = await openTestDatabase();
  // The fuzzer owns the demo project, so hostile input gets past the access check and reaches validation.
  const { projectId, ownerId } = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') });
  owner = { id: ownerId, name: 'Ana Lima', email: 'ana@chronicle.test' };
  const caller = createCaller(contextAs(handle.db, owner));
  const board = await caller.board.get({ projectId });
  const column = board.columns.find((c) => c.tasks.length > 0)!;
  // Another project, of which the fuzzer is not a member: its ids must get nothing out.
  const { caller: stranger } = await callerAs(handle.db, 'Stranger');
  const foreign = await stranger.project.create({ commandId: randomUUID(), name: 'Elsewhere', key: 'ELSE' });
  const members = await caller.project.members({ projectId });
  known = {
    projectId,
    taskId: column.tasks[0]!.id,
    statusId: column.status.id,
    userId: members[1]!.userId,
    foreignProjectId: foreign.projectId,
  };
});
afterAll(() => handle.close());

/** Every procedure of the router, read from it, so a new procedure cannot escape the fuzzing. */
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type }));

const eventCount = async () => (await handle.db.select({ n: count() }).from(events))[0]?.n ?? 0;

async function call(path: string, type: string, input: unknown) {
  const body = JSON.stringify({ json: input });
  const url = `http://localhost/api/trpc/${path}`;
  const req =
    type === 'query'
      ? new Request(`${url}?input=${encodeURIComponent(body)}`)
      : new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => contextAs(handle.db, owner),
  });
  return { status: response.status, text: await response.text() };
}

/** Inputs near the real shapes: right field names with wrong, huge, unicode, negative or foreign values. */
function hostileInputs() {
  const hostile = fc.oneof(
    fc.anything(),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ minLength: 10_001, maxLength: 12_000 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(-1, 0, 2 ** 53, Number.MAX_SAFE_INTEGER, '', ' ', '\u0000', '<script>alert(1)</script>', null),
    fc.uuid(),
    fc.constantFrom(known.projectId, known.taskId, known.statusId, known.userId, known.foreignProjectId),
  );
  const nearlyValid = fc.record(
    {
      commandId: fc.oneof(fc.uuid(), hostile),
      projectId: fc.oneof(fc.uuid(), hostile),
      taskId: fc.oneof(fc.uuid(), hostile),
      statusId: fc.oneof(fc.uuid(), hostile),
      toStatusId: fc.oneof(fc.uuid(), hostile),
      commentId: fc.oneof(fc.uuid(), hostile),
      name: hostile,
      key: hostile,
      title: hostile,
      body: hostile,
      description: hostile,
      priority: hostile,
      dueOn: hostile,
      index: hostile,
      toIndex: hostile,
      expectedVersion: hostile,
      assigneeId: hostile,
      add: fc.array(hostile, { maxLength: 12 }),
      remove: fc.array(hostile, { maxLength: 12 }),
      at: fc.oneof(
        fc.record({ position: hostile }),
        fc.record({ step: hostile }),
        fc.record({ time: hostile }),
        hostile,
      ),
      cursor: hostile,
      limit: hostile,
      position: hostile,
      userId: fc.oneof(fc.uuid(), hostile),
      role: fc.oneof(fc.constantFrom('owner', 'member', 'viewer'), hostile),
      email: fc.oneof(fc.emailAddress(), hostile),
      password: hostile,
    },
    { requiredKeys: [] },
  );
  return fc.oneof(nearlyValid, hostile);
}

describe(`every procedure against hostile input on ${databaseKind}`, () => {
  it('found the procedures to fuzz', () => {
    expect(procedures.length).toBeGreaterThan(25);
  });

  it.each(procedures)(
    '$path answers with a 4xx and a clear message, never a 500, and a refusal writes nothing',
    async ({ path, type }) => {
      await fc.assert(
        fc.asyncProperty(hostileInputs(), async (input) => {
          const before = await eventCount();
          const { status, text } = await call(path, type, input);
          expect(status, text).toBeLessThan(500);
          if (status >= 400) {
            expect(text).toMatch(/"message":"[^"]+/);
            expect(await eventCount()).toBe(before);
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
