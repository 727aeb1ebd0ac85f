import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound, type Role } from '@/domain';
import { projectsView, tasksView } from '../db/schema';
import type { Database, Executor } from '../db/types';
import { invitationLinksFor } from '../invitations';
import { requireInvitee } from '../invitations/invitee';
import { openInvitation } from '../queries/invitations';
import { roleOf } from '../queries/members';
import { projectKey } from './input';

/**
 * The fields by which a procedure may name the project it is about. Every project procedure declares exactly one of
 * them; the builder adds that field to its input with the schema below, and the access check reads only that field
 * of the parsed input. Any other id in the input is checked against the project found here, where it is used.
 */
export const SCOPES = {
  projectId: {
    schema: z.uuid(),
    notFound: 'Project not found',
    // The role lookup below finds no membership in a project that does not exist: no separate read.
    projectOf: (_db: Executor, projectId: string) => Promise.resolve<string | undefined>(projectId),
  },
  taskId: {
    schema: z.uuid(),
    notFound: 'Task not found',
    projectOf: async (db: Executor, taskId: string) => {
      const [task] = await db
        .select({ projectId: tasksView.projectId })
        .from(tasksView)
        .where(eq(tasksView.id, taskId));
      return task?.projectId;
    },
  },
  key: {
    schema: projectKey,
    notFound: 'Project not found',
    projectOf: async (db: Executor, key: string) => {
      const [project] = await db.select({ id: projectsView.id }).from(projectsView).where(eq(projectsView.key, key));
      return project?.id;
    },
  },
} as const;

export type ScopeField = keyof typeof SCOPES;
export type ScopeValue<F extends ScopeField> = z.infer<(typeof SCOPES)[F]['schema']>;

/** The project a scope field names and the caller's role in it; undefined when they are not a current member. */
export async function scopedProject<F extends ScopeField>(
  db: Executor,
  field: F,
  value: ScopeValue<F>,
  userId: string,
): Promise<{ id: string; role: Role } | undefined> {
  const resolve = SCOPES[field].projectOf as (db: Executor, value: ScopeValue<F>) => Promise<string | undefined>;
  const projectId = await resolve(db, value);
  if (!projectId) return undefined;
  const role = await roleOf(db, projectId, userId);
  return role && { id: projectId, role };
}

/**
 * The invitation an invitation link's token names, for its invitee, who is not a member yet and so has no role to
 * look up: the token must be one this app made, its invitation still open, and the signed-in account's address the
 * one invited. The project is the invitation's, read from its row, never from the input.
 */
export async function invitationOfToken(db: Database, token: string, user: { email: string }) {
  const invitationId = (await invitationLinksFor(db)).invitationOf(token);
  if (!invitationId) throw notFound('This invitation link is not valid: check that it was copied whole.');
  const invitation = await openInvitation(db, invitationId);
  requireInvitee(invitation, user.email);
  return invitation;
}
