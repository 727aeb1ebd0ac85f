import { randomUUID } from 'node:crypto';
import { count, eq, max } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/domain';
import { events, invitations, processedCommands } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { exportProjectLog } from '../log-file/export';
import { insertUser } from '../queries/users';
import { contextAs, joinByInvitation, newCommand, tokenOf, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { liveReadModelDigest } from '../tools/testing/read-model';
import { appRouter, createCaller } from './root';
import type { Access, ProcedureMeta, SignedInUser } from './trpc';

/**
 * Who may call what. This table is the specification; the test checks that it names every procedure of the router
 * (so a new one cannot be forgotten), that each procedure declares the same access, and that each answers every
 * kind of caller accordingly.
 */
const ACCESS: Record<string, Access> = {
  'account.me': 'public',
  'account.signUp': 'public',
  'account.signIn': 'public',
  'account.signOut': 'public',
  'account.deleteAccount': 'signedIn',
  'project.list': 'signedIn',
  'project.create': 'signedIn',
  'project.get': 'read',
  'project.getByKey': 'read',
  'project.members': 'read',
  'project.leave': 'read',
  'project.rename': 'manageProject',
  'project.archive': 'manageProject',
  'project.restore': 'manageProject',
  'project.addStatus': 'manageProject',
  'project.renameStatus': 'manageProject',
  'project.moveStatus': 'manageProject',
  'project.removeStatus': 'manageProject',
  'project.changeStatusCategory': 'manageProject',
  'project.labels': 'read',
  'project.createLabel': 'manageProject',
  'project.renameLabel': 'manageProject',
  'project.recolourLabel': 'manageProject',
  'project.deleteLabel': 'manageProject',
  'project.invite': 'manageProject',
  'project.invitations': 'manageProject',
  'project.revokeInvitation': 'manageProject',
  'project.changeMemberRole': 'manageProject',
  'project.removeMember': 'manageProject',
  'project.namePoint': 'changeTasks',
  'project.unnamePoint': 'changeTasks',
  'project.namedPoints': 'read',
  'task.get': 'read',
  'task.getByNumber': 'read',
  'task.blame': 'read',
  'task.textChange': 'read',
  'task.listDeleted': 'read',
  'task.create': 'changeTasks',
  'task.rename': 'changeTasks',
  'task.describe': 'changeTasks',
  'task.move': 'changeTasks',
  'task.assign': 'changeTasks',
  'task.prioritize': 'changeTasks',
  'task.schedule': 'changeTasks',
  'task.label': 'changeTasks',
  'task.comment': 'changeTasks',
  'task.editComment': 'changeTasks',
  'task.deleteComment': 'changeTasks',
  'task.delete': 'changeTasks',
  'task.restore': 'changeTasks',
  'task.bulk': 'changeTasks',
  'board.get': 'read',
  'history.list': 'read',
  'history.around': 'read',
  'history.span': 'read',
  'history.event': 'read',
  'history.diff': 'read',
  'history.between': 'read',
  'history.undo': 'changeTasks',
  'history.lastUndoable': 'read',
  'history.command': 'read',
  'history.restore': 'changeTasks',
  'history.restorePreview': 'read',
  'project.fork': 'read',
  'insights.get': 'read',
  'insights.projections': 'signedIn',
  'live.project': 'read',
  'search.query': 'signedIn',
  'invitation.get': 'invitee',
  'invitation.accept': 'invitee',
  'inbox.list': 'signedIn',
  'inbox.unreadCount': 'signedIn',
  'inbox.markRead': 'signedIn',
  'log.export': 'manageProject',
  'log.import': 'signedIn',
};

type Caller = 'anonymous' | 'stranger' | Role;
const CALLERS: readonly Caller[] = ['anonymous', 'stranger', 'viewer', 'member', 'owner'];

/** The one rule the table encodes: what each kind of caller is answered. 'ok' means the call went through. */
function expectedAnswer(access: Access, caller: Caller): 'ok' | 'UNAUTHORIZED' | 'NOT_FOUND' | 'FORBIDDEN' {
  if (access === 'public') return 'ok';
  if (caller === 'anonymous') return 'UNAUTHORIZED';
  // Whatever their role elsewhere, a person may answer an invitation sent to their own address.
  if (access === 'signedIn' || access === 'invitee') return 'ok';
  if (caller === 'stranger') return 'NOT_FOUND';
  if (access === 'read') return 'ok';
  if (access === 'changeTasks') return caller === 'viewer' ? 'FORBIDDEN' : 'ok';
  return caller === 'owner' ? 'ok' : 'FORBIDDEN';
}

interface Procedure {
  _def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta; inputs: unknown[] };
}
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

let handle: DatabaseHandle;
let people: Record<Exclude<Caller, 'anonymous'>, SignedInUser> & { outsider: SignedInUser };
beforeAll(async () => {
  handle = await openTestDatabase();
  const user = (name: string) => insertUser(handle.db, name);
  people = {
    owner: await user('Olga'),
    member: await user('Max'),
    viewer: await user('Vera'),
    stranger: await user('Sam'),
    outsider: await user('Otto'),
  };
  await asCaller('anonymous').account.signUp({ name: 'Sia', email: 'sia@example.test', password: 'long enough' });
});
afterAll(() => handle.close());

type Person = Exclude<Caller, 'anonymous'> | 'outsider';
const asCaller = (caller: Caller | Person) =>
  createCaller(contextAs(handle.db, caller === 'anonymous' ? null : people[caller]));

/**
 * A project with a task (whose creation is a named point), a comment by its owner, an empty extra status and an
 * invitation still pending (for someone
 * none of the callers is); with its team, also a member and a viewer, who joined by invitation, and a comment by the
 * member. By default its owner is the one the role table calls owner.
 */
async function fixture(ownerIs: Person = 'owner', { team = true } = {}) {
  const owner = asCaller(ownerIs);
  const { projectId, key } = await owner.project.create({
    ...newCommand(),
    name: 'Access',
    key: uniqueKey('A'),
  });
  if (team) {
    for (const role of ['member', 'viewer'] as const) {
      await joinByInvitation(handle.db, owner, projectId, people[role], role);
    }
  }
  const guest = `guest-${randomUUID()}@example.test`;
  const invited = await owner.project.invite({ ...newCommand(), projectId, email: guest, role: 'member' });
  await owner.project.addStatus({ ...newCommand(), projectId, name: 'Empty' });
  const { statuses } = await owner.project.get({ projectId });
  const created = await owner.task.create({ ...newCommand(), projectId, title: 'Guarded' });
  const { taskId } = created;
  const { pointId } = await owner.project.namePoint({
    ...newCommand(),
    projectId,
    position: created.position!,
    name: 'Guarded task created',
  });
  const { labelId } = await owner.project.createLabel({ ...newCommand(), projectId, name: 'guarded', colour: 'red' });
  const commentCommands: Partial<Record<Caller, string>> = { owner: randomUUID(), member: randomUUID() };
  await owner.task.comment({ commandId: commentCommands.owner!, taskId, body: 'By the owner' });
  if (team)
    await asCaller('member').task.comment({ commandId: commentCommands.member!, taskId, body: 'By the member' });
  const { comments } = await owner.task.get({ taskId });
  const commentOf = (caller: Caller) =>
    comments.find((c) => c.authorId === (caller === 'anonymous' ? '' : people[caller].id))?.id ?? randomUUID();
  const [last] = await handle.db
    .select({ position: max(events.position) })
    .from(events)
    .where(eq(events.projectId, projectId));
  const position = last!.position!;
  return {
    projectId,
    key,
    taskId,
    statuses,
    position,
    commentOf,
    /** The command that wrote `caller`'s comment: what they may undo. */
    commentCommandOf: (caller: Caller) => commentCommands[caller] ?? randomUUID(),
    invitationId: invited.invitationId,
    token: tokenOf(invited.linkPath),
    pointId,
    labelId,
  };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

/** A link of an invitation for `caller`'s own address, to a new project of someone else's. */
async function invitationFor(fx: Fixture, caller: Caller) {
  if (caller === 'anonymous') return fx.token;
  const otto = asCaller('outsider');
  const { projectId } = await otto.project.create({
    ...newCommand(),
    name: 'Inviting',
    key: uniqueKey('I'),
  });
  const { linkPath } = await otto.project.invite({
    ...newCommand(),
    projectId,
    email: people[caller].email,
    role: 'member',
  });
  return tokenOf(linkPath);
}

/** A valid input for each procedure, as the given caller would send it: so that "ok" really means it worked. */
const SAMPLES: Record<string, (fx: Fixture, caller: Caller) => unknown> = {
  'account.me': () => undefined,
  'account.signUp': () => ({ name: 'New', email: `${randomUUID()}@example.test`, password: 'long enough' }),
  'account.signIn': () => ({ email: 'sia@example.test', password: 'long enough' }),
  'account.signOut': () => undefined,
  // Deleting an account forgets its person: each caller sends it as a stand-in of their own, so they stay.
  'account.deleteAccount': async (_fx, caller) => {
    if (caller !== 'anonymous') standIns.set(caller, await insertUser(handle.db, 'Leaving'));
    return newCommand();
  },
  'project.list': () => undefined,
  'project.create': () => ({ ...newCommand(), name: 'Mine', key: uniqueKey('N') }),
  'project.get': (fx) => ({ projectId: fx.projectId }),
  'project.getByKey': (fx) => ({ key: fx.key }),
  'project.members': (fx) => ({ projectId: fx.projectId }),
  // The last owner may not leave (a rule of its own, tested with the decider): here there is a second one.
  'project.leave': async (fx, caller) => {
    if (caller === 'owner') {
      await asCaller('owner').project.changeMemberRole({
        ...newCommand(),
        projectId: fx.projectId,
        userId: people.member.id,
        role: 'owner',
      });
    }
    return { ...newCommand(), projectId: fx.projectId };
  },
  'project.rename': (fx) => ({ ...newCommand(), projectId: fx.projectId, name: 'Renamed' }),
  'project.archive': (fx) => ({ ...newCommand(), projectId: fx.projectId }),
  'project.restore': (fx) => ({ ...newCommand(), projectId: fx.projectId }),
  'project.addStatus': (fx) => ({ ...newCommand(), projectId: fx.projectId, name: 'QA' }),
  'project.renameStatus': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    statusId: fx.statuses[1]!.id,
    name: 'Next',
  }),
  'project.moveStatus': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    statusId: fx.statuses[1]!.id,
    toIndex: 2,
  }),
  'project.removeStatus': (fx) => ({ ...newCommand(), projectId: fx.projectId, statusId: fx.statuses.at(-1)!.id }),
  'project.labels': (fx) => ({ projectId: fx.projectId }),
  'project.createLabel': (fx) => ({ ...newCommand(), projectId: fx.projectId, name: 'new-label', colour: 'blue' }),
  'project.renameLabel': (fx) => ({ ...newCommand(), projectId: fx.projectId, labelId: fx.labelId, name: 'renamed' }),
  'project.recolourLabel': (fx) => ({ ...newCommand(), projectId: fx.projectId, labelId: fx.labelId, colour: 'teal' }),
  'project.deleteLabel': (fx) => ({ ...newCommand(), projectId: fx.projectId, labelId: fx.labelId }),
  'project.changeStatusCategory': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    statusId: fx.statuses[1]!.id,
    category: 'backlog',
  }),
  'project.invite': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    email: `${randomUUID()}@example.test`,
    role: 'viewer',
  }),
  'project.invitations': (fx) => ({ projectId: fx.projectId }),
  'project.revokeInvitation': (fx) => ({ ...newCommand(), projectId: fx.projectId, invitationId: fx.invitationId }),
  'project.changeMemberRole': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    userId: people.viewer.id,
    role: 'member',
  }),
  'project.removeMember': (fx) => ({ ...newCommand(), projectId: fx.projectId, userId: people.viewer.id }),
  'project.namePoint': (fx) => ({ ...newCommand(), projectId: fx.projectId, position: fx.position, name: 'Sprint 3' }),
  'project.unnamePoint': (fx) => ({ ...newCommand(), projectId: fx.projectId, pointId: fx.pointId }),
  'project.namedPoints': (fx) => ({ projectId: fx.projectId }),
  'task.get': (fx) => ({ taskId: fx.taskId, at: { position: fx.position } }),
  'task.getByNumber': (fx) => ({ key: fx.key, number: 1 }),
  'task.blame': (fx) => ({ taskId: fx.taskId, at: { position: fx.position } }),
  // The fixture's last event is a comment on its task.
  'task.textChange': (fx) => ({ taskId: fx.taskId, position: fx.position }),
  'task.listDeleted': (fx) => ({ projectId: fx.projectId }),
  'task.create': (fx) => ({ ...newCommand(), projectId: fx.projectId, title: 'Another' }),
  'task.rename': (fx) => ({ ...newCommand(), taskId: fx.taskId, title: 'Renamed' }),
  'task.describe': (fx) => ({ ...newCommand(), taskId: fx.taskId, description: 'Words' }),
  'task.move': (fx) => ({ ...newCommand(), taskId: fx.taskId, toStatusId: fx.statuses[2]!.id }),
  'task.assign': (fx) => ({ ...newCommand(), taskId: fx.taskId, assigneeId: people.member.id }),
  'task.prioritize': (fx) => ({ ...newCommand(), taskId: fx.taskId, priority: 'high' }),
  'task.schedule': (fx) => ({ ...newCommand(), taskId: fx.taskId, dueOn: '2026-12-24' }),
  'task.label': (fx) => ({ ...newCommand(), taskId: fx.taskId, add: ['access'] }),
  'task.comment': (fx) => ({ ...newCommand(), taskId: fx.taskId, body: 'Hello' }),
  'task.editComment': (fx, caller) => ({
    ...newCommand(),
    taskId: fx.taskId,
    commentId: fx.commentOf(caller),
    body: 'Edited',
  }),
  'task.deleteComment': (fx, caller) => ({ ...newCommand(), taskId: fx.taskId, commentId: fx.commentOf(caller) }),
  'task.delete': (fx) => ({ ...newCommand(), taskId: fx.taskId }),
  'task.restore': (fx) => ({ ...newCommand(), taskId: fx.taskId }),
  'task.bulk': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    taskIds: [fx.taskId],
    change: { kind: 'move', toStatusId: fx.statuses[2]!.id },
  }),
  'board.get': (fx) => ({ projectId: fx.projectId, at: { position: fx.position } }),
  'history.list': (fx) => ({ projectId: fx.projectId, taskId: fx.taskId, at: { position: fx.position } }),
  'history.around': (fx) => ({ projectId: fx.projectId, taskId: fx.taskId, at: { position: fx.position } }),
  'history.span': (fx) => ({ projectId: fx.projectId }),
  'history.event': (fx) => ({ projectId: fx.projectId, position: fx.position }),
  'history.diff': (fx) => ({ projectId: fx.projectId, from: { step: 1 }, to: { position: fx.position } }),
  'history.between': (fx) => ({ projectId: fx.projectId, from: { step: 1 }, to: { position: fx.position } }),
  'history.undo': (fx, caller) => ({
    ...newCommand(),
    projectId: fx.projectId,
    undoneCommandId: fx.commentCommandOf(caller),
  }),
  'history.lastUndoable': (fx) => ({ projectId: fx.projectId }),
  'history.command': (fx) => ({ projectId: fx.projectId, commandId: randomUUID() }),
  // Back to where it stands: a restore that changes nothing, as every caller may ask.
  'history.restore': (fx) => ({ ...newCommand(), projectId: fx.projectId, at: { position: fx.position } }),
  'history.restorePreview': (fx) => ({ projectId: fx.projectId, at: { step: 3 } }),
  'project.fork': (fx) => ({
    ...newCommand(),
    projectId: fx.projectId,
    at: { position: fx.position },
    name: 'Fork',
    key: uniqueKey('K'),
  }),
  'insights.get': (fx) => ({ projectId: fx.projectId, at: { position: fx.position } }),
  'insights.projections': () => undefined,
  'live.project': (fx) => ({ projectId: fx.projectId }),
  // Every project the caller reads: a stranger's answer is theirs, empty here (its own projectId is tested beside it).
  'search.query': () => ({ q: 'Guarded' }),
  'invitation.get': async (fx, caller) => ({ token: await invitationFor(fx, caller) }),
  'invitation.accept': async (fx, caller) => ({ ...newCommand(), token: await invitationFor(fx, caller) }),
  'inbox.list': () => undefined,
  'inbox.unreadCount': () => undefined,
  'inbox.markRead': (fx) => ({ ...newCommand(), upTo: fx.position, positions: [] }),
  'log.export': (fx) => ({ key: fx.key }),
  // The fixture's own history, as its owner would have downloaded it: whoever is signed in may import it anew.
  'log.import': async (fx) => ({ file: await exportedFile(fx.projectId), newKey: uniqueKey('L') }),
};

const standIns = new Map<Caller, SignedInUser>();

async function exportedFile(projectId: string) {
  const lines: string[] = [];
  for await (const line of exportProjectLog(handle.db, { id: projectId })) lines.push(line);
  return new Blob(lines).stream();
}

/** Calls a procedure by its path; a subscription is opened and closed again at once. */
async function call(caller: Caller, path: string, input: unknown): Promise<string> {
  const standIn = path === 'account.deleteAccount' ? standIns.get(caller) : undefined;
  const target = path
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      standIn ? createCaller(contextAs(handle.db, standIn)) : asCaller(caller),
    );
  try {
    const result = await (target as (input: unknown) => Promise<unknown>)(input);
    if (procedures[path]!._def.type === 'subscription') await (result as AsyncGenerator).return(undefined);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const eventCount = () => countEvents(handle.db);

describe(`access to every procedure on ${databaseKind}`, () => {
  it('the table names exactly the procedures of the router, each declaring that access', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(Object.keys(procedures).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(procedures).sort());
    for (const [path, procedure] of Object.entries(procedures))
      expect(procedure._def.meta?.access, path).toBe(ACCESS[path]);
  });

  it('every procedure about a project names it by one declared field of its input', () => {
    for (const [path, procedure] of Object.entries(procedures)) {
      const { access, scope } = procedure._def.meta!;
      const isProjects = access !== 'public' && access !== 'signedIn';
      expect(scope !== undefined, path).toBe(isProjects);
      // An invitation's link names its project for its invitee; nothing else does, and members never use it.
      expect(scope === 'token', path).toBe(access === 'invitee');
      if (scope) expect(Object.keys((procedure._def.inputs[0] as z.ZodObject).shape), path).toContain(scope);
    }
  });

  const cases = Object.keys(ACCESS).flatMap((path) =>
    CALLERS.map((caller) => ({ path, caller, expected: expectedAnswer(ACCESS[path]!, caller) })),
  );

  let shared: Fixture;
  beforeAll(async () => {
    shared = await fixture();
  });

  it.each(cases)('$path as $caller: $expected', async ({ path, caller, expected }) => {
    const isCommand =
      (procedures[path]!._def.type === 'mutation' && /^(project|history)\./.test(path)) || path.startsWith('task.');
    // A command that goes through changes its project: it gets a project of its own.
    const fx = expected === 'ok' && procedures[path]!._def.type === 'mutation' && isCommand ? await fixture() : shared;
    const input = await SAMPLES[path]!(fx, caller);
    const before = await everythingWritten();
    const answer = await call(caller, path, input);
    expect(answer).toBe(expected);
    if (expected !== 'ok') expect(await everythingWritten(), 'a refused call writes nothing').toEqual(before);
  });
});

/**
 * The ids an input can carry that name something of a project, and where they sit in the inputs. A task number and
 * a person's id name nothing of a project on their own (numbers repeat across projects; people belong to many).
 */
type IdKind =
  | 'projectId'
  | 'key'
  | 'taskId'
  | 'commentId'
  | 'statusId'
  | 'position'
  | 'invitationId'
  | 'token'
  | 'pointId'
  | 'labelId';
const ID_PATHS: readonly { path: readonly string[]; kind: IdKind }[] = [
  { path: ['projectId'], kind: 'projectId' },
  { path: ['key'], kind: 'key' },
  { path: ['taskId'], kind: 'taskId' },
  { path: ['taskIds', '0'], kind: 'taskId' },
  { path: ['commentId'], kind: 'commentId' },
  { path: ['statusId'], kind: 'statusId' },
  { path: ['toStatusId'], kind: 'statusId' },
  { path: ['moveTasksTo'], kind: 'statusId' },
  { path: ['change', 'toStatusId'], kind: 'statusId' },
  { path: ['position'], kind: 'position' },
  { path: ['at', 'position'], kind: 'position' },
  { path: ['from', 'position'], kind: 'position' },
  { path: ['to', 'position'], kind: 'position' },
  { path: ['invitationId'], kind: 'invitationId' },
  { path: ['token'], kind: 'token' },
  { path: ['pointId'], kind: 'pointId' },
  { path: ['labelId'], kind: 'labelId' },
];

/** Every id of one project an input could name, as `caller` would know them. */
const idsOf = (fx: Fixture, caller: Caller): Record<IdKind, string | number> => ({
  projectId: fx.projectId,
  key: fx.key,
  taskId: fx.taskId,
  commentId: fx.commentOf(caller),
  statusId: fx.statuses[1]!.id,
  position: fx.position,
  invitationId: fx.invitationId,
  token: fx.token,
  pointId: fx.pointId,
  labelId: fx.labelId,
});

const valueAt = (input: unknown, path: readonly string[]) =>
  path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], input);

function withValue(input: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path as [string, ...string[]];
  const object = (input ?? {}) as Record<string, unknown>;
  const replaced = rest.length ? withValue(object[head], rest, value) : value;
  // An item of a list (a bulk change's task ids) is replaced in place: the input stays a list.
  if (Array.isArray(input)) return Object.assign([...(input as unknown[])], { [head]: replaced });
  return { ...object, [head]: replaced };
}

/** Ids of another project put into a proper input: in place of the proper ones, or as fields it does not take. */
interface Sprinkle {
  path: readonly string[];
  kind: IdKind;
  from: 'own' | 'foreign';
}

/**
 * What the input with those ids must be answered: a field the procedure does not take is bad input; ids of more
 * than one project, or of a project the caller does not belong to, are refused (the project named by the scope is
 * checked first, so a foreign one is not found); and a procedure without input ignores what it is sent.
 */
function expectedAnswers(
  path: string,
  caller: Caller,
  proper: unknown,
  sprinkles: readonly Sprinkle[],
  input: unknown,
) {
  if (procedures[path]!._def.inputs.length === 0) return [expectedAnswer(ACCESS[path]!, caller)];
  if (sprinkles.some((s) => !fieldsTaken(path).includes(s.path[0]!))) return ['BAD_REQUEST'];
  // A sprinkle can make the input malformed (a point given both a step and a position): that is refused first.
  if (!(procedures[path]!._def.inputs[0] as z.ZodType).safeParse(input).success) return ['BAD_REQUEST'];
  const scope = procedures[path]!._def.meta?.scope;
  if (sprinkles.some((s) => s.from === 'foreign' && s.path.length === 1 && s.path[0] === scope)) {
    // Another project's invitation is someone else's: its link is refused as not the caller's.
    return [scope === 'token' ? 'FORBIDDEN' : 'NOT_FOUND'];
  }
  return ['BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'];
}

const fieldsTaken = (path: string): string[] =>
  procedures[path]!._def.inputs.length === 0
    ? []
    : Object.keys((procedures[path]!._def.inputs[0] as z.ZodObject).shape);

/**
 * Replacing every id of a proper input by those of the caller's own project, and adding own ids only in fields the
 * procedure takes, is a proper call on that project (a stranger reading their own board as of their own position).
 */
const isOwnCall = (path: string, proper: unknown, sprinkles: readonly Sprinkle[]) =>
  sprinkles.every((s) => s.from === 'own' && fieldsTaken(path).includes(s.path[0]!)) &&
  ID_PATHS.every(
    ({ path: at }) =>
      valueAt(proper, at) === undefined || NAMES_NO_PROJECT[path] === at[0] || sprinkles.some((s) => s.path === at),
  );

/** A field that looks like an id of a project but names none: a fork's `key` is the key its new project takes. */
const NAMES_NO_PROJECT: Record<string, string> = { 'project.fork': 'key' };

const sprinkled = (
  proper: unknown,
  sprinkles: readonly Sprinkle[],
  ids: Record<Sprinkle['from'], Record<IdKind, string | number>>,
) => sprinkles.reduce((input, { path, kind, from }) => withValue(input, path, ids[from][kind]), proper);

/** All subsets of a list but the empty one. */
const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item]), [item]], []);

/** Every combination of the proper input's ids replaced from one other project, and each other id field added alone. */
function attacks(proper: unknown): Sprinkle[][] {
  const present = ID_PATHS.filter(({ path }) => valueAt(proper, path) !== undefined);
  const absent = ID_PATHS.filter((p) => p.path.length === 1 && !present.includes(p));
  return (['own', 'foreign'] as const).flatMap((from) => [
    ...subsets(present).map((replaced) => replaced.map((p) => ({ ...p, from }))),
    ...absent.map((p) => [{ ...p, from }]),
  ]);
}

/** Everything a call could have written: the log, the command records, the invitations and every read table. */
async function everythingWritten() {
  return {
    events: await eventCount(),
    commands: (await handle.db.select({ n: count() }).from(processedCommands))[0]?.n,
    invitations: await handle.db.select().from(invitations).orderBy(invitations.id),
    readModel: await liveReadModelDigest(handle.db),
  };
}

const ATTACKERS = ['stranger', 'viewer', 'member', 'owner'] as const;

describe(`access with another project's ids on ${databaseKind}`, () => {
  let foreign: Fixture;
  const own = new Map<Caller, Fixture>();
  beforeAll(async () => {
    foreign = await fixture('outsider', { team: false });
    for (const caller of ATTACKERS) own.set(caller, await fixture(caller, { team: false }));
  });

  const idsFor = (caller: Caller) => ({ own: idsOf(own.get(caller)!, caller), foreign: idsOf(foreign, caller) });

  it.each(Object.keys(ACCESS))(
    '%s refuses every combination of foreign ids, for every role, and writes nothing',
    async (path) => {
      const home = await fixture();
      for (const caller of ATTACKERS) {
        const proper = await SAMPLES[path]!(home, caller);
        const before = await everythingWritten();
        for (const sprinkles of attacks(proper)) {
          if (isOwnCall(path, proper, sprinkles)) continue;
          const input = sprinkled(proper, sprinkles, idsFor(caller));
          const answer = await call(caller, path, input);
          const label = `${caller}: ${sprinkles.map((s) => `${s.path.join('.')} of ${s.from}`).join(', ')}`;
          expect(expectedAnswers(path, caller, proper, sprinkles, input), label).toContain(answer);
        }
        expect(await everythingWritten(), `${caller}: a refused call writes nothing`).toEqual(before);
      }
    },
  );

  it('refuses foreign ids sprinkled at random into valid inputs', async () => {
    const home = await fixture();
    const proceduresWithIds = Object.keys(ACCESS).filter((path) => procedures[path]!._def.inputs.length > 0);
    const sprinkle = fc.record({
      at: fc.constantFrom(...ID_PATHS),
      from: fc.constantFrom('own' as const, 'foreign' as const),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...proceduresWithIds),
        fc.constantFrom(...ATTACKERS),
        fc.uniqueArray(sprinkle, { minLength: 1, maxLength: 4, selector: (s) => s.at.path.join('.') }),
        async (path, caller, picked) => {
          const proper = await SAMPLES[path]!(home, caller);
          const sprinkles = picked.map(({ at, from }) => ({ ...at, from }));
          if (isOwnCall(path, proper, sprinkles)) return;
          const before = await everythingWritten();
          const input = sprinkled(proper, sprinkles, idsFor(caller));
          const answer = await call(caller, path, input);
          expect(expectedAnswers(path, caller, proper, sprinkles, input)).toContain(answer);
          expect(await everythingWritten()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe(`what members and others see on ${databaseKind}`, () => {
  it('lists a project only to its members, and records the real actor on every event', async () => {
    const fx = await fixture();
    for (const caller of ['owner', 'member', 'viewer'] as const) {
      expect((await asCaller(caller).project.list()).map((p) => p.id)).toContain(fx.projectId);
    }
    expect((await asCaller('stranger').project.list()).map((p) => p.id)).not.toContain(fx.projectId);

    const { position } = await asCaller('member').task.rename({ ...newCommand(), taskId: fx.taskId, title: 'By Max' });
    const [recorded] = await readAll(handle.db, { after: position! - 1, limit: 1 });
    expect(recorded?.metadata.actorId).toBe(people.member.id);
  });

  it('keeps a removed member out from the moment of removal, and names them in the history still', async () => {
    const fx = await fixture();
    await asCaller('owner').project.removeMember({
      ...newCommand(),
      projectId: fx.projectId,
      userId: people.viewer.id,
    });
    expect(await call('viewer', 'board.get', { projectId: fx.projectId })).toBe('NOT_FOUND');
    const members = await asCaller('owner').project.members({ projectId: fx.projectId });
    expect(members.find((m) => m.userId === people.viewer.id)).toMatchObject({ name: 'Vera', active: false });
  });
});
