import { randomUUID } from 'node:crypto';
import type { Permission, Role } from '@/domain';
import { inProject, type CommandContext } from '../../commands/context';
import { executeCommand } from '../../commands/execute';
import { toolIntent } from '../../commands/intent';
import type { Database } from '../../db/types';
import { createCaller } from '../../api/root';
import type { SignedInUser, TRPCContext } from '../../api/trpc';
import { insertUser } from '../../queries/users';

/** The context the HTTP handler would build for a browser signed in as `user` (or signed out). */
export const contextAs = (db: Database, user: SignedInUser | null): TRPCContext => ({
  db,
  headers: new Headers(),
  currentUser: () => Promise.resolve(user),
  sessionUser: () => Promise.resolve(user),
});

/** The token at the end of an invitation link's path. */
export const tokenOf = (linkPath: string) => linkPath.slice('/invitations/'.length);

/** Brings someone into a project as the app does: an owner invites their address, and they accept the link. */
export async function joinByInvitation(
  db: Database,
  owner: ReturnType<typeof createCaller>,
  projectId: string,
  person: SignedInUser,
  role: Role,
) {
  const { linkPath } = await owner.project.invite({ ...newCommand(), projectId, email: person.email, role });
  return createCaller(contextAs(db, person)).invitation.accept({ ...newCommand(), token: tokenOf(linkPath) });
}

/** A caller acting as a fresh account. */
export async function callerAs(db: Database, name = 'Ana') {
  const person = await insertUser(db, name);
  return { caller: createCaller(contextAs(db, person)), person };
}

/** A caller acting as the owner of a seeded demo project (Ana Lima). */
export const callerAsDemoOwner = (db: Database, demo: { ownerId: string }) =>
  createCaller(contextAs(db, { id: demo.ownerId, name: 'Ana Lima', email: 'ana@chronicle.test' }));

export const newCommand = () => ({ commandId: randomUUID() });

export const commandContext = (db: Database, actorId: string): CommandContext => ({
  db,
  actorId,
  commandId: randomUUID(),
  intent: toolIntent('test'),
  now: () => new Date(),
  newId: randomUUID,
});

/** The same for a command on a project the actor belongs to (tooling acts as members, the owner by default). */
export const projectCommandContext = (
  db: Database,
  actorId: string,
  projectId: string,
  permission: Permission = 'manageProject',
) => inProject(commandContext(db, actorId), projectId, permission);

/** The same through the command path directly, for tooling that has no callers: invite, then accept. */
export async function addByInvitation(
  db: Database,
  project: { projectId: string; ownerId: string },
  person: { userId: string; email: string },
  role: Role,
) {
  const { projectId, ownerId } = project;
  const { invitationId } = await executeCommand(projectCommandContext(db, ownerId, projectId), {
    type: 'InviteMember',
    projectId,
    email: person.email,
    role,
  });
  await executeCommand(inProject(commandContext(db, person.userId), projectId), {
    type: 'AcceptInvitation',
    invitationId,
  });
}

const KEY_SPACE = 36 ** 5;
let nextKey = Math.floor(Math.random() * KEY_SPACE);
/**
 * A project key no other key of this process has (a key is at most 6 characters: the prefix and 5 in base 36).
 * Random 5-hex-digit keys met each other once in a few hundred projects of one database.
 */
export function uniqueKey(prefix: string): string {
  nextKey = (nextKey + 1) % KEY_SPACE;
  return `${prefix}${nextKey.toString(36).toUpperCase().padStart(5, '0')}`;
}
