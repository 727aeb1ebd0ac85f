import { desc, eq } from 'drizzle-orm';
import { invitations, projectsView, users } from '../db/schema';
import type { Executor } from '../db/types';

/** A project's pending invitations, newest first: the addresses are for its owners' eyes only. */
export const pendingInvitations = (db: Executor, projectId: string) =>
  db
    .select({
      invitationId: invitations.id,
      email: invitations.email,
      role: invitations.role,
      invitedBy: invitations.invitedBy,
      invitedAt: invitations.createdAt,
    })
    .from(invitations)
    .where(eq(invitations.projectId, projectId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));

/**
 * A pending invitation with what its page shows: the project's name, and the name of whoever sent it (null once
 * their account is forgotten). Undefined once the invitation is closed: its row goes with it.
 */
export async function openInvitation(db: Executor, invitationId: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      projectId: invitations.projectId,
      projectKey: projectsView.key,
      projectName: projectsView.name,
      email: invitations.email,
      role: invitations.role,
      invitedBy: users.name,
      invitedAt: invitations.createdAt,
    })
    .from(invitations)
    .innerJoin(projectsView, eq(projectsView.id, invitations.projectId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.id, invitationId));
  return row;
}
