import { and, eq } from 'drizzle-orm';
import { ruleViolated, type Role } from '@/domain';
import { invitations } from '../db/schema';
import type { Transaction } from '../db/types';
import { normalEmail, requireInvitee } from '../invitations/invitee';
import type { CommandContext, ProjectCommandContext } from './context';
import { changeProject, decideOnProject } from './project-commands';

/**
 * An owner invites an address. No account is looked up: the answer is the same whether one uses the address or
 * not, and a person who is not a member yet is never named to the project. The address goes into `invitations`
 * beside the `MemberInvited` event, in its transaction; the answer holds the invitation's id only (it is stored for
 * idempotency: the link is derived from the id by whoever shows it).
 */
export function inviteMember(ctx: ProjectCommandContext, input: { email: string; role: Role }) {
  const invitationId = ctx.newId();
  const projectId = ctx.project.id;
  const email = normalEmail(input.email);
  return changeProject(ctx, () => ({ type: 'InviteMember', actorId: ctx.actorId, invitationId, role: input.role }), {
    result: { invitationId },
    alongside: async (tx) => {
      await requireNotInvited(tx, projectId, email);
      await tx
        .insert(invitations)
        .values({ id: invitationId, projectId, email, role: input.role, invitedBy: ctx.actorId, createdAt: ctx.now() });
    },
  });
}

/** Under the project's exclusive lock, so two invitations of one address cannot both pass. */
async function requireNotInvited(tx: Transaction, projectId: string, email: string) {
  const [open] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.projectId, projectId), eq(invitations.email, email)));
  if (open) {
    throw ruleViolated(
      `${email} is invited already: copy the link of that invitation, or withdraw it to invite them with another role`,
    );
  }
}

/** An owner withdraws an invitation of their project; its address is forgotten with it. */
export const revokeInvitation = (ctx: ProjectCommandContext, invitationId: string) =>
  changeProject(ctx, () => ({ type: 'RevokeInvitation', actorId: ctx.actorId, invitationId }), {
    alongside: (tx) =>
      tx.delete(invitations).where(and(eq(invitations.id, invitationId), eq(invitations.projectId, ctx.project.id))),
  });

/**
 * The person invited accepts: they need no role in the project, only the invitation. The decider refuses one that
 * is closed; under the same lock, the row must still be there and hold the address of the account accepting.
 */
export const acceptInvitation = (
  ctx: CommandContext,
  invitation: { readonly id: string; readonly projectId: string },
  accepterEmail: string,
) =>
  decideOnProject(
    ctx,
    invitation.projectId,
    // Whoever they are in the project (no one, as a rule): the invitation's row says who may accept it.
    () => undefined,
    () => ({ type: 'AcceptInvitation', invitationId: invitation.id, userId: ctx.actorId }),
    {
      result: { projectId: invitation.projectId },
      alongside: async (tx) => {
        const [row] = await tx
          .select({ email: invitations.email })
          .from(invitations)
          .where(and(eq(invitations.id, invitation.id), eq(invitations.projectId, invitation.projectId)));
        requireInvitee(row, accepterEmail);
        await tx.delete(invitations).where(eq(invitations.id, invitation.id));
      },
    },
  );
