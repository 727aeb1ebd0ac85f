import { executeCommand } from '../../commands/execute';
import { createRouter, invitationCommandProcedure, invitationProcedure } from '../trpc';

/**
 * What the person invited does with the link: read what they are invited to, and accept. The project is named by the
 * link alone, and only to the account with the address invited (docs/security.md, "Accounts and access").
 */
export const invitationRouter = createRouter({
  get: invitationProcedure({}).query(({ ctx: { invitation } }) => ({
    project: { name: invitation.projectName, key: invitation.projectKey },
    role: invitation.role,
    /** Null once the inviter's account is forgotten. */
    invitedBy: invitation.invitedBy,
    invitedAt: invitation.invitedAt,
  })),
  accept: invitationCommandProcedure('AcceptInvitation', (invitationId) => ({ invitationId })).mutation(
    async ({ ctx }) => ({ ...(await executeCommand(ctx.command, ctx.sent)), projectKey: ctx.invitation.projectKey }),
  ),
});
