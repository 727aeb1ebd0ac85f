import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { count, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/domain';
import { events, invitations, processedCommands } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { insertUser } from '../queries/users';
import { inProject } from '../commands/context';
import { executeCommand } from '../commands/execute';
import { commandContext, contextAs, newCommand, tokenOf, uniqueKey } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { liveReadModel } from '../tools/testing/read-model';
import { appRouter, createCaller } from './root';
import type { SignedInUser } from './trpc';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const as = (user: SignedInUser) => createCaller(contextAs(handle.db, user));
const person = (name: string, email?: string) => insertUser(handle.db, name, email);
const code = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

/** A project of a new owner's, with a member and a viewer who joined by invitation. */
async function team() {
  const owner = await person('Olga');
  const member = await person('Max');
  const viewer = await person('Vera');
  const { projectId } = await as(owner).project.create({
    ...newCommand(),
    name: 'Invitations',
    key: uniqueKey('V'),
  });
  for (const [who, role] of [
    [member, 'member'],
    [viewer, 'viewer'],
  ] as const) {
    await accept(who, await invite(owner, projectId, who.email, role));
  }
  return { owner, member, viewer, projectId };
}

async function invite(owner: SignedInUser, projectId: string, email: string, role: Role = 'member') {
  const answer = await as(owner).project.invite({ ...newCommand(), projectId, email, role });
  return { ...answer, token: tokenOf(answer.linkPath) };
}
const accept = (who: SignedInUser, invitation: { token: string }) =>
  as(who).invitation.accept({ ...newCommand(), token: invitation.token });

/** Everything a call could write: the log, command records, the invitations and every read table. */
async function everythingWritten() {
  return {
    events: (await handle.db.select({ n: count() }).from(events))[0]?.n,
    commands: (await handle.db.select({ n: count() }).from(processedCommands))[0]?.n,
    invitations: await handle.db.select().from(invitations).orderBy(invitations.id),
    readModel: await liveReadModel(handle.db),
  };
}

/** What the browser's client receives for a mutation, as JSON. */
async function postAs(user: SignedInUser, procedure: string, input: unknown) {
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://localhost/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    }),
    router: appRouter,
    createContext: () => contextAs(handle.db, user),
  });
  return { status: response.status, body: (await response.json()) as { result: { data: { json: object } } } };
}

describe(`inviting on ${databaseKind}`, () => {
  it('answers the same whether an account uses the address or not, and names no one', async () => {
    const { owner, projectId } = await team();
    const existing = await person('Secretly Here', `known-${randomUUID()}@example.test`);
    const unknown = `nobody-${randomUUID()}@example.test`;
    const answers = [];
    for (const email of [existing.email, unknown]) {
      const { status, body } = await postAs(owner, 'project.invite', {
        commandId: randomUUID(),
        projectId,
        email,
        role: 'member',
      });
      answers.push({ status, body: body.result.data.json as Record<string, unknown> });
    }
    const [forExisting, forUnknown] = answers;
    const masked = (answer: typeof forExisting) => ({
      status: answer!.status,
      shape: Object.keys(answer!.body).sort(),
      streamVersionStep: typeof answer!.body.streamVersion,
      linkPath: String(answer!.body.linkPath).replace(/^\/invitations\/[0-9a-f-]{36}\.[\w-]{43}$/, 'LINK'),
    });
    expect(masked(forExisting)).toEqual(masked(forUnknown));
    expect(masked(forExisting)).toEqual({
      status: 200,
      shape: ['invitationId', 'linkPath', 'position', 'streamVersion'],
      streamVersionStep: 'number',
      linkPath: 'LINK',
    });

    // Until they accept, the owner sees the address they typed, never the name of an account that has it.
    const caller = as(owner);
    const seen = JSON.stringify([
      await caller.project.invitations({ projectId }),
      await caller.project.members({ projectId }),
      await caller.history.list({ projectId }),
    ]);
    expect(seen).toContain(existing.email);
    expect(seen).not.toContain('Secretly Here');
    expect(seen).not.toContain(existing.id);
    const { items } = await caller.history.list({ projectId, limit: 2 });
    expect(items.map((i) => [i.type, i.details])).toEqual([
      ['MemberInvited', { invitationId: expect.any(String) as string, role: 'member' }],
      ['MemberInvited', { invitationId: expect.any(String) as string, role: 'member' }],
    ]);
  });

  it('lists pending invitations, newest first, with a link that is the one given when inviting', async () => {
    const { owner, projectId } = await team();
    const first = await invite(owner, projectId, 'First@Example.Test', 'viewer');
    const second = await invite(owner, projectId, `second-${randomUUID()}@example.test`, 'owner');
    const pending = await as(owner).project.invitations({ projectId });
    expect(pending.map((i) => [i.invitationId, i.email, i.role, i.invitedBy, i.linkPath])).toEqual([
      [second.invitationId, expect.stringMatching(/^second-/) as string, 'owner', owner.id, second.linkPath],
      [first.invitationId, 'first@example.test', 'viewer', owner.id, first.linkPath],
    ]);
    expect(pending[0]!.invitedAt).toBeInstanceOf(Date);
  });

  it('sent again with its command id, answers the same invitation and link, and invites no one twice', async () => {
    const { owner, projectId } = await team();
    const command = {
      ...newCommand(),
      projectId,
      email: `again-${randomUUID()}@example.test`,
      role: 'member' as const,
    };
    const first = await as(owner).project.invite(command);
    const again = await as(owner).project.invite(command);
    expect(again).toEqual(first);
    expect(await as(owner).project.invitations({ projectId })).toHaveLength(1);
  });

  it('refuses to invite an address twice while the first invitation is open, writing nothing', async () => {
    const { owner, projectId } = await team();
    const email = `twice-${randomUUID()}@example.test`;
    await invite(owner, projectId, email);
    const before = await everythingWritten();
    await expect(invite(owner, projectId, email.toUpperCase(), 'viewer')).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining(`${email} is invited already`) as string,
    });
    expect(await everythingWritten()).toEqual(before);
  });

  it('lets only owners invite, list and withdraw: a stranger is told there is no project, the others why not', async () => {
    const { owner, member, viewer, projectId } = await team();
    const stranger = await person('Sam');
    const pending = await invite(owner, projectId, `pending-${randomUUID()}@example.test`);
    for (const [who, expected] of [
      [stranger, 'NOT_FOUND'],
      [viewer, 'FORBIDDEN'],
      [member, 'FORBIDDEN'],
    ] as const) {
      const before = await everythingWritten();
      const caller = as(who);
      expect(await code(caller.project.invite({ ...newCommand(), projectId, email: who.email, role: 'owner' }))).toBe(
        expected,
      );
      expect(await code(caller.project.invitations({ projectId }))).toBe(expected);
      expect(
        await code(caller.project.revokeInvitation({ ...newCommand(), projectId, invitationId: pending.invitationId })),
      ).toBe(expected);
      expect(await everythingWritten(), `${who.name}: a refusal writes nothing`).toEqual(before);
    }
  });

  it('withdraws: the link then opens nothing, the address is forgotten, and withdrawing again changes nothing', async () => {
    const { owner, projectId } = await team();
    const guest = await person('Gus');
    const invitation = await invite(owner, projectId, guest.email);
    await as(owner).project.revokeInvitation({ ...newCommand(), projectId, invitationId: invitation.invitationId });
    expect(await as(owner).project.invitations({ projectId })).toEqual([]);
    expect(await handle.db.select().from(invitations).where(eq(invitations.id, invitation.invitationId))).toEqual([]);
    await expect(as(guest).invitation.get({ token: invitation.token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no longer open') as string,
    });
    const again = await as(owner).project.revokeInvitation({
      ...newCommand(),
      projectId,
      invitationId: invitation.invitationId,
    });
    expect(again.position).toBeNull();
    const { items } = await as(owner).history.list({ projectId, limit: 1 });
    expect(items[0]).toMatchObject({ type: 'InvitationRevoked', actorId: owner.id });
  });

  it("does not know another project's invitation, and leaves it open", async () => {
    const mine = await team();
    const theirs = await team();
    const invitation = await invite(theirs.owner, theirs.projectId, `theirs-${randomUUID()}@example.test`);
    const before = await everythingWritten();
    await expect(
      as(mine.owner).project.revokeInvitation({
        ...newCommand(),
        projectId: mine.projectId,
        invitationId: invitation.invitationId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Invitation not found' });
    expect(await everythingWritten()).toEqual(before);
    expect(await as(theirs.owner).project.invitations({ projectId: theirs.projectId })).toHaveLength(1);
  });
});

describe(`answering an invitation on ${databaseKind}`, () => {
  it('shows the invitee the project, the role and who invited them; accepting makes them a member', async () => {
    const { owner, projectId } = await team();
    const ben = await person('Ben', `Ben.${randomUUID()}@Example.test`.toLowerCase());
    // Invited in capitals, accepted by the account that has the address in its own spelling.
    const invitation = await invite(owner, projectId, ben.email.toUpperCase(), 'viewer');
    const shown = await as(ben).invitation.get({ token: invitation.token });
    expect(shown).toMatchObject({ project: { name: 'Invitations' }, role: 'viewer', invitedBy: 'Olga' });
    expect(JSON.stringify(shown)).not.toContain(ben.email);

    const accepted = await accept(ben, invitation);
    expect(accepted.projectKey).toBe(shown.project.key);
    expect((await as(ben).project.get({ projectId })).role).toBe('viewer');
    expect(await handle.db.select().from(invitations).where(eq(invitations.projectId, projectId))).toEqual([]);
    const recorded = (await readAll(handle.db, { after: accepted.position! - 2 })).map((e) => [
      e.type,
      e.data,
      e.metadata.actorId,
    ]);
    expect(recorded).toEqual([
      ['InvitationAccepted', { invitationId: invitation.invitationId, userId: ben.id }, ben.id],
      ['MemberAdded', { userId: ben.id, role: 'viewer' }, ben.id],
    ]);
    const { items } = await as(owner).history.list({ projectId, limit: 3 });
    expect(items.map((i) => [i.type, i.actorId])).toEqual([
      ['MemberAdded', ben.id],
      ['InvitationAccepted', ben.id],
      ['MemberInvited', owner.id],
    ]);
  });

  it('refuses, with a 4xx and writing nothing, a forged or altered link, a closed one and the wrong account', async () => {
    const { owner, member, projectId } = await team();
    const ana = await person('Ana');
    const eve = await person('Eve');
    const open = await invite(owner, projectId, ana.email);
    const withdrawn = await invite(owner, projectId, `${randomUUID()}@example.test`);
    await as(owner).project.revokeInvitation({ ...newCommand(), projectId, invitationId: withdrawn.invitationId });
    const used = await invite(owner, projectId, eve.email);
    await accept(eve, used);
    const [id, mac] = open.token.split('.') as [string, string];
    const flipped = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1);

    const refusals: [string, SignedInUser, string, string | RegExp][] = [
      ['the bare id', ana, id, 'BAD_REQUEST'],
      ['an altered MAC', ana, `${id}.${flipped(mac, 10)}`, /^NOT_FOUND: This invitation link is not valid/],
      ['another id under its MAC', ana, `${flipped(id, 0)}.${mac}`, /^NOT_FOUND: This invitation link is not valid/],
      ['a made-up token', ana, `${randomUUID()}.${'A'.repeat(43)}`, /^NOT_FOUND: This invitation link is not valid/],
      ['a withdrawn invitation', ana, withdrawn.token, /^NOT_FOUND: This invitation is no longer open/],
      ['a used invitation, by its user', eve, used.token, /^NOT_FOUND: This invitation is no longer open/],
      ['a used invitation, by someone else', ana, used.token, /^NOT_FOUND: This invitation is no longer open/],
      ['the wrong account (a forwarded link)', member, open.token, /^FORBIDDEN: This invitation is for another/],
    ];
    for (const [what, who, token, expected] of refusals) {
      const before = await everythingWritten();
      for (const call of [
        () => as(who).invitation.get({ token }),
        () => as(who).invitation.accept({ ...newCommand(), token }),
      ]) {
        const answer = await call().then(
          () => 'ok',
          (error: unknown) => `${(error as { code: string }).code}: ${(error as Error).message}`,
        );
        expect(answer, what).toMatch(expected);
      }
      expect(await everythingWritten(), `${what}: nothing written`).toEqual(before);
    }
    // The right account still can.
    await accept(ana, open);
  });

  it('refuses someone who is a member already, and leaves the invitation open for the owner to withdraw', async () => {
    const { owner, member, projectId } = await team();
    const invitation = await invite(owner, projectId, member.email, 'owner');
    const before = await everythingWritten();
    await expect(accept(member, invitation)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'You are already a member of this project, as member',
    });
    expect(await everythingWritten()).toEqual(before);
  });

  it('checks the address again in the accepting transaction, whoever made the command', async () => {
    const { owner, projectId } = await team();
    const ana = await person('Ana');
    const mallory = await person('Mallory');
    const invitation = await invite(owner, projectId, ana.email);
    const before = await everythingWritten();
    // As if the check where the link is opened had been passed by someone else.
    const command = executeCommand(inProject(commandContext(handle.db, mallory.id), projectId), {
      type: 'AcceptInvitation',
      invitationId: invitation.invitationId,
    });
    await expect(command).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await everythingWritten()).toEqual(before);
  });

  it('lets a removed member back in by a new invitation, with its role', async () => {
    const { owner, member, projectId } = await team();
    await as(owner).project.removeMember({ ...newCommand(), projectId, userId: member.id });
    await accept(member, await invite(owner, projectId, member.email, 'viewer'));
    const members = await as(owner).project.members({ projectId });
    expect(members.find((m) => m.userId === member.id)).toMatchObject({ role: 'viewer', active: true });
  });
});

describe(`invitations under concurrency on ${databaseKind}`, () => {
  const acceptedCount = async (invitationId: string) =>
    (await readAll(handle.db, { limit: 100_000 })).filter(
      (e) => e.type === 'InvitationAccepted' && e.data.invitationId === invitationId,
    ).length;

  it('is accepted once when accepted twice at once: from two tabs, or by two accounts given the address', async () => {
    for (let round = 0; round < 5; round++) {
      const { owner, projectId } = await team();
      const ana = await person('Ana');
      // Two accounts never hold one address; this session claims Ana's, so it passes the check where the link is
      // opened. The accepting transaction reads the address the account really has, so it is refused there, or finds
      // the invitation used already; of Ana's two tabs only the lock decides which accepts.
      const twin = { ...(await person('Twin')), email: ana.email };
      const invitation = await invite(owner, projectId, ana.email);
      const [first, second, twins] = await Promise.all([
        code(accept(ana, invitation)),
        code(accept(ana, invitation)),
        code(accept(twin, invitation)),
      ]);
      const anas = [first, second];
      expect(
        anas.filter((a) => a === 'ok'),
        anas.join(),
      ).toHaveLength(1);
      expect(['NOT_FOUND', 'PRECONDITION_FAILED']).toContain(anas.find((a) => a !== 'ok'));
      expect(['FORBIDDEN', 'NOT_FOUND', 'PRECONDITION_FAILED']).toContain(twins);
      expect(await acceptedCount(invitation.invitationId)).toBe(1);
      const joined = (await as(owner).project.members({ projectId })).filter((m) =>
        [ana.id, twin.id].includes(m.userId),
      );
      expect(joined).toHaveLength(1);
    }
  });

  it('leaves one outcome when accepting races withdrawing: a member and no withdrawal, or the reverse', async () => {
    for (let round = 0; round < 8; round++) {
      const { owner, projectId } = await team();
      const ana = await person('Ana');
      const invitation = await invite(owner, projectId, ana.email);
      const [accepted, withdrawn] = await Promise.all([
        code(accept(ana, invitation)),
        code(as(owner).project.revokeInvitation({ ...newCommand(), projectId, invitationId: invitation.invitationId })),
      ]);
      const history = (await readAll(handle.db, { limit: 100_000 })).filter(
        (e) => 'invitationId' in e.data && e.data.invitationId === invitation.invitationId,
      );
      const isMember = (await as(owner).project.members({ projectId })).some((m) => m.userId === ana.id);
      if (accepted === 'ok') {
        // The withdrawal came second: it is refused, or changes nothing once the accept had been decided.
        expect(['PRECONDITION_FAILED', 'NOT_FOUND']).toContain(withdrawn);
        expect(history.map((e) => e.type)).toEqual(['MemberInvited', 'InvitationAccepted']);
        expect(isMember).toBe(true);
      } else {
        expect(withdrawn).toBe('ok');
        expect(['PRECONDITION_FAILED', 'NOT_FOUND']).toContain(accepted);
        expect(history.map((e) => e.type)).toEqual(['MemberInvited', 'InvitationRevoked']);
        expect(isMember).toBe(false);
      }
      expect(await handle.db.select().from(invitations).where(eq(invitations.projectId, projectId))).toEqual([]);
    }
  });

  it('invites an address once when two owners invite it at once', async () => {
    const { owner, projectId } = await team();
    const email = `race-${randomUUID()}@example.test`;
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        code(as(owner).project.invite({ ...newCommand(), projectId, email, role: 'member' })),
      ),
    );
    expect(answers.sort()).toEqual(['PRECONDITION_FAILED', 'PRECONDITION_FAILED', 'PRECONDITION_FAILED', 'ok']);
    expect(await as(owner).project.invitations({ projectId })).toHaveLength(1);
  });
});

/** Raw SQL's rows: postgres.js answers with the rows themselves, PGlite with an object holding them. */
async function query<T>(statement: SQL): Promise<T[]> {
  const result: unknown = await handle.db.execute(statement);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

describe(`the link's secret on ${databaseKind}`, () => {
  it('is stored nowhere: no table holds a token, its MAC, or a result with one', async () => {
    const { owner, projectId } = await team();
    const ana = await person('Ana');
    const pending = await invite(owner, projectId, `${randomUUID()}@example.test`);
    const accepted = await invite(owner, projectId, ana.email);
    await accept(ana, accepted);
    const macs = [pending, accepted].map((i) => i.token.split('.')[1]!);

    const tables = await query<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = current_schema()`,
    );
    const names = tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['events', 'invitations', 'processed_commands', 'activity_view']));
    for (const name of names) {
      const rows = await query<{ row: string }>(sql`select t::text as row from ${sql.identifier(name)} t`);
      for (const { row } of rows) for (const mac of macs) expect(row, name).not.toContain(mac);
    }
    const [row] = await handle.db.select().from(invitations).where(eq(invitations.id, pending.invitationId));
    expect(Object.keys(row!).sort()).toEqual(['createdAt', 'email', 'id', 'invitedBy', 'projectId', 'role']);
  });
});
