import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { seedDemo } from '../tools/seed/demo';
import { insertUser } from '../queries/users';
import { callerAs, contextAs, joinByInvitation, tokenOf } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { appRouter, createCaller } from './root';
import type { SignedInUser } from './trpc';

let handle: DatabaseHandle;
let owner: SignedInUser;
let stranger: ReturnType<typeof createCaller>;
let known: {
  projectId: string;
  taskId: string;
  statusId: string;
  member: SignedInUser;
  foreignProjectId: string;
  /** A link to someone else's invitation, to another project. */
  foreignToken: string;
};
beforeAll(async () => {
  handle = await openTestDatabase();
  // The fuzzer owns the demo project, so hostile input gets past the access check and reaches validation.
  const { projectId, ownerId } = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') });
  owner = { id: ownerId, name: 'Ana Lima', email: 'ana@chronicle.test' };
  const caller = createCaller(contextAs(handle.db, owner));
  const board = await caller.board.get({ projectId });
  const column = board.columns.find((c) => c.tasks.length > 0)!;
  // Another project, of which the fuzzer is not a member: its ids must get nothing out.
  ({ caller: stranger } = await callerAs(handle.db, 'Stranger'));
  const foreign = await stranger.project.create({ commandId: randomUUID(), name: 'Elsewhere', key: 'ELSE' });
  const { linkPath } = await stranger.project.invite({
    commandId: randomUUID(),
    projectId: foreign.projectId,
    email: 'someone.else@fuzz.test',
    role: 'owner',
  });
  const [, member] = await caller.project.members({ projectId });
  known = {
    projectId,
    taskId: column.tasks[0]!.id,
    statusId: column.status.id,
    member: { id: member!.userId, name: member!.name, email: member!.email },
    foreignProjectId: foreign.projectId,
    foreignToken: tokenOf(linkPath),
  };
});
afterAll(() => handle.close());

/** Every procedure of the router, read from it, so a new procedure cannot escape the fuzzing. */
const procedureDefs = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; inputs: unknown[] } }
>;
const procedures = Object.entries(procedureDefs).map(([path, procedure]) => ({ path, type: procedure._def.type }));

const eventCount = () => countEvents(handle.db);

function asSent(input: unknown) {
  try {
    return superjson.serialize(input);
  } catch {
    return { json: input };
  }
}

async function call(path: string, type: string, input: unknown) {
  // As the browser's client sends it: superjson, so dates travel as dates. What superjson will not send (a
  // `__proto__` key) an attacker sends as plain JSON.
  const body = JSON.stringify(asSent(input));
  const url = `http://localhost/api/trpc/${path}`;
  const req =
    type === 'query'
      ? new Request(`${url}?input=${encodeURIComponent(body)}`)
      : new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    // Deleting an account forgets whoever sends it: a person of its own each time, so the owner stays.
    createContext: async () =>
      contextAs(handle.db, path === 'account.deleteAccount' ? await insertUser(handle.db, 'Leaving') : owner),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Values past what PostgreSQL stores, each in the fields where a schema must refuse it before a query does, with a
 * 400 naming the field: moments before year 1 or after 9999 (and JavaScript's extremes), numbers past its 32-bit
 * integer or past JavaScript's safe integers, and text holding half of a UTF-16 surrogate pair.
 */
const BEYOND_DATES = [
  new Date(-8.64e15),
  new Date('-004714-11-23T00:00:00Z'),
  new Date('0000-12-31T23:59:59Z'),
  new Date('+010000-01-01T00:00:00Z'),
  new Date(8.64e15),
  '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
];
const BEYOND_INT4 = [2 ** 31, -(2 ** 31) - 1];
const BEYOND_SAFE = [2 ** 53, 2 ** 63, -(2 ** 53)];
const LONE_SURROGATES = ['\ud800', 'a\udfff', '\udc00\ud800', 'ok \ud83d'];
/** The last values inside those limits: they may be refused for other reasons, never with a 500. */
const AT_THE_EDGE = [
  new Date('0001-01-01T00:00:00Z'),
  new Date('9999-12-31T23:59:59Z'),
  2 ** 31 - 1,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  '\ud83d\ude00',
];
const EVERY_EDGE = [...BEYOND_DATES, ...BEYOND_INT4, ...BEYOND_SAFE, ...LONE_SURROGATES, ...AT_THE_EDGE];
const edges = fc.constantFrom(...EVERY_EDGE);

/** Where each class of value must be refused: the fields of that kind, by name, wherever a procedure takes them. */
const TEXT_FIELDS = [
  'title',
  'name',
  'body',
  'description',
  'key',
  'dueOn',
  'email',
  'password',
  'add',
  'types',
  'token',
  'q',
];
const INT4_FIELDS = ['number', 'index', 'toIndex', 'expectedVersion', 'limit', 'match', 'before', 'after'];
const POSITION_FIELDS = [
  'position',
  'cursor',
  'at.position',
  'at.step',
  'from.position',
  'to.position',
  'upTo',
  'positions',
];
const MOMENT_FIELDS = ['at.time', 'from.time', 'to.time'];
const MUST_REFUSE: readonly { fields: readonly string[]; values: readonly unknown[] }[] = [
  { fields: MOMENT_FIELDS, values: BEYOND_DATES },
  { fields: INT4_FIELDS, values: BEYOND_INT4 },
  { fields: [...INT4_FIELDS, ...POSITION_FIELDS], values: BEYOND_SAFE },
  { fields: TEXT_FIELDS, values: LONE_SURROGATES },
];

/** Inputs near the real shapes: right field names with wrong, huge, unicode, negative or foreign values. */
function hostileValues() {
  return fc.oneof(
    fc.anything(),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.string({ minLength: 10_001, maxLength: 12_000 }),
    fc.integer(),
    fc.double(),
    fc.date({ noInvalidDate: false }),
    edges,
    fc.constantFrom(-1, 0, 2 ** 53, Number.MAX_SAFE_INTEGER, '', ' ', '\u0000', '<script>alert(1)</script>', null),
    fc.uuid(),
    fc.constantFrom(
      known.projectId,
      known.taskId,
      known.statusId,
      known.member.id,
      known.foreignProjectId,
      known.foreignToken,
    ),
  );
}

/** The fields a procedure takes, read from its input schema, so a new field is fuzzed without touching this file. */
function fieldsOf(path: string): string[] {
  const [schema] = procedureDefs[path]!._def.inputs as [{ shape?: Record<string, unknown> } | undefined];
  return Object.keys(schema?.shape ?? {});
}

/** The procedure's own fields with hostile values, or anything at all. */
function hostileInputs(path: string) {
  const hostile = hostileValues();
  const point = fc.oneof(fc.record({ position: hostile }), fc.record({ step: hostile }), fc.record({ time: hostile }));
  const fields: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(
    fieldsOf(path).map((f) => [f, ['at', 'from', 'to'].includes(f) ? fc.oneof(point, hostile) : hostile]),
  );
  return fc.oneof(fc.record(fields, { requiredKeys: [] }), hostile);
}

let keys = 0;
/** A project key no other project of the file has. */
const newKey = (letter: string) => `${letter}${(++keys).toString(36).toUpperCase().padStart(4, '0')}`;

/**
 * A small project of the fuzzer's own for one procedure: a member, a pending invitation, a task, a comment and a named
 * point; and an invitation for the fuzzer to a project of someone else's, to accept.
 */
async function smallProject() {
  const caller = createCaller(contextAs(handle.db, owner));
  const key = newKey('F');
  const { projectId } = await caller.project.create({ commandId: randomUUID(), name: 'Fuzzed', key });
  await joinByInvitation(handle.db, caller, projectId, known.member, 'member');
  const { invitationId } = await caller.project.invite({
    commandId: randomUUID(),
    projectId,
    email: `${randomUUID()}@fuzz.test`,
    role: 'viewer',
  });
  const theirs = await stranger.project.create({ commandId: randomUUID(), name: 'Theirs', key: newKey('T') });
  const { linkPath } = await stranger.project.invite({
    commandId: randomUUID(),
    projectId: theirs.projectId,
    email: owner.email,
    role: 'member',
  });
  const { taskId } = await caller.task.create({ commandId: randomUUID(), projectId, title: 'Fuzzed' });
  const { position } = await caller.task.comment({ commandId: randomUUID(), taskId, body: 'First' });
  const { pointId } = await caller.project.namePoint({
    commandId: randomUUID(),
    projectId,
    position: position!,
    name: 'First',
  });
  const { labelId } = await caller.project.createLabel({
    commandId: randomUUID(),
    projectId,
    name: 'bug',
    colour: 'red',
  });
  const { statuses } = await caller.project.get({ projectId });
  const { comments } = await caller.task.get({ taskId });
  return {
    projectId,
    key,
    taskId,
    statusId: statuses[1]!.id,
    otherStatusId: statuses[2]!.id,
    commentId: comments[0]!.id,
    position: position!,
    invitationId,
    token: tokenOf(linkPath),
    pointId,
    labelId,
  };
}

/**
 * A value of each field name that passes validation, so that a sweep changing one field at a time reaches past the
 * others; new each time where a command or an account must be new. A procedure gaining a field not named here fails
 * the check that its proper input is accepted.
 */
function properInput(path: string, fx: Awaited<ReturnType<typeof smallProject>>) {
  const proper: Record<string, unknown> = {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    undoneCommandId: randomUUID(),
    projectId: fx.projectId,
    taskId: fx.taskId,
    taskIds: [fx.taskId],
    change: { kind: 'prioritize', priority: 'high' },
    key: path === 'project.create' ? newKey('N') : fx.key,
    number: 1,
    statusId: fx.statusId,
    toStatusId: fx.statusId,
    moveTasksTo: fx.otherStatusId,
    commentId: fx.commentId,
    userId: known.member.id,
    assigneeId: known.member.id,
    actorId: known.member.id,
    invitationId: fx.invitationId,
    pointId: fx.pointId,
    labelId: fx.labelId,
    colour: 'green',
    token: fx.token,
    title: 'A title',
    name: 'A name',
    body: 'A comment',
    description: 'Some words',
    priority: 'high',
    dueOn: '2026-12-24',
    add: ['bug'],
    remove: [],
    role: 'member',
    category: 'started',
    email: path === 'account.signIn' ? owner.email : `${randomUUID()}@fuzz.test`,
    password: path === 'account.signIn' ? 'chronicle-demo' : 'long enough',
    index: 0,
    toIndex: 1,
    expectedVersion: undefined,
    at: { step: 1 },
    from: { step: 1 },
    to: { position: fx.position },
    position: fx.position,
    cursor: fx.position,
    upTo: fx.position,
    positions: [fx.position],
    limit: 10,
    // history.around takes a point (at) or the n-th matching change, not both.
    match: undefined,
    before: 3,
    after: 3,
    types: ['TaskCreated'],
    direction: 'forward',
    lastEventId: undefined,
    q: 'fuzzed',
  };
  return Object.fromEntries(fieldsOf(path).map((field) => [field, proper[field]]));
}

/** The proper input with one field (`at.time` names a field inside `at`) set to a value; a list takes it as its item. */
function withField(proper: Record<string, unknown>, field: string, value: unknown) {
  const [outer, inner] = field.split('.') as [string, string | undefined];
  if (inner) return { ...proper, [outer]: { [inner]: value } };
  return { ...proper, [outer]: Array.isArray(proper[outer]) ? [value] : value };
}

/** Every field a procedure takes, points in time also by what is inside them. */
const sweptFields = (path: string) =>
  fieldsOf(path).flatMap((f) =>
    ['at', 'from', 'to'].includes(f) ? [f, `${f}.position`, `${f}.step`, `${f}.time`] : [f],
  );

const isSubscription = (type: string) => type === 'subscription';

describe(`every procedure against hostile input on ${databaseKind}`, () => {
  it('found the procedures to fuzz', () => {
    expect(procedures.length).toBeGreaterThan(25);
  });

  it.each(procedures)(
    '$path answers with a 4xx and a clear message, never a 500, and a refusal writes nothing',
    async ({ path, type }) => {
      await fc.assert(
        fc.asyncProperty(hostileInputs(path), async (input) => {
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

  it.each(procedures.filter((p) => fieldsOf(p.path).length > 0 && !isSubscription(p.type)))(
    '$path refuses, field by field, every value PostgreSQL could not store, with a 400 naming the field',
    async ({ path, type }) => {
      const fx = await smallProject();
      const answer = await call(path, type, properInput(path, fx));
      expect([400, 500, 501, 502, 503], `the proper input of ${path} passes: ${answer.text}`).not.toContain(
        answer.status,
      );
      const fields = sweptFields(path);
      for (const { fields: kind, values } of MUST_REFUSE) {
        for (const field of fields.filter((f) => kind.includes(f))) {
          for (const value of values) {
            const before = await eventCount();
            const { status, text } = await call(path, type, withField(properInput(path, fx), field, value));
            expect(status, `${field} = ${String(value)}: ${text}`).toBe(400);
            expect(text, `${field} = ${String(value)}`).toContain(`"field":"${field}`);
            expect(await eventCount()).toBe(before);
          }
        }
      }
      for (const field of fields) {
        for (const value of EVERY_EDGE) {
          const before = await eventCount();
          const { status, text } = await call(path, type, withField(properInput(path, fx), field, value));
          expect(status, `${field} = ${String(value)}: ${text}`).toBeLessThan(500);
          if (status >= 400) expect(await eventCount()).toBe(before);
        }
      }
    },
  );
});
