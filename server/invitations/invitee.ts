import { forbidden, notFound } from '@/domain';

/** Addresses are compared as accounts keep them: Better Auth lower-cases an address when an account is made. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

export const INVITATION_CLOSED =
  'This invitation is no longer open: it has been used (if you accepted it, the project is among your projects), or the project’s owner withdrew it.';

/**
 * Only the account with the address invited may answer an invitation, so a link that was forwarded, or seen over
 * someone's shoulder, lets nobody else in. Checked where the link is opened, and again in the accepting command's
 * transaction, under the project's lock.
 */
export function requireInvitee<I extends { email: string }>(
  invitation: I | undefined,
  signedInEmail: string,
): asserts invitation is I {
  if (!invitation) throw notFound(INVITATION_CLOSED);
  if (invitation.email !== normalEmail(signedInEmail)) {
    throw forbidden(
      'This invitation is for another e-mail address than the one you are signed in with. Sign in with the address the invitation was sent to.',
    );
  }
}
