import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What an invitation link carries: the invitation's id and an HMAC of it under a key derived from the app's secret.
 * The id alone is no secret (it is in the project's log, which every member can read in the event inspector); the
 * HMAC is what no one can make without the key. Nothing secret is stored anywhere: the database holds no token, no
 * hash and no result with one in it, so a copy of the database or of a log of its rows opens no invitation, and an
 * owner can be shown a pending invitation's link again at any time. A withdrawn or used link stays verifiable but
 * leads nowhere, because its invitation's row is gone and its id is never handed out again (the decider sees to it).
 */
export const INVITATION_TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

export interface InvitationLinks {
  tokenOf(invitationId: string): string;
  pathOf(invitationId: string): string;
  /** The id of the invitation a token names, if this app made the token; undefined for anything else. */
  invitationOf(token: string): string | undefined;
}

export function invitationLinks(appSecret: string): InvitationLinks {
  // A key of its own, so that no MAC made for a link can ever stand for one made with the secret elsewhere (cookies).
  const key = createHmac('sha256', appSecret).update('chronicle: invitation links, v1').digest();
  const macOf = (invitationId: string) => createHmac('sha256', key).update(invitationId).digest('base64url');
  const tokenOf = (invitationId: string) => `${invitationId}.${macOf(invitationId)}`;
  return {
    tokenOf,
    pathOf: (invitationId) => `/invitations/${tokenOf(invitationId)}`,
    invitationOf(token) {
      const [, invitationId, mac] = INVITATION_TOKEN.exec(token) ?? [];
      if (!invitationId || !mac) return undefined;
      // Compared as text, in constant time: two spellings of the last base64 character never both pass.
      const matches = timingSafeEqual(Buffer.from(mac), Buffer.from(macOf(invitationId)));
      return matches ? invitationId : undefined;
    },
  };
}
