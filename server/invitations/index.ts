import { sessionSecret } from '../auth/secret';
import type { Database } from '../db/types';
import { env } from '../env';
import { invitationLinks, type InvitationLinks } from './link-token';

const instances = new WeakMap<Database, Promise<InvitationLinks>>();

/**
 * Invitation links signed with the app's secret (AUTH_SECRET, or the one the database keeps), so that every instance
 * makes and accepts the same links. Changing the secret makes every pending link fail; an owner can copy new ones.
 */
export function invitationLinksFor(db: Database): Promise<InvitationLinks> {
  let links = instances.get(db);
  if (!links) {
    links = sessionSecret(db, env.AUTH_SECRET).then(invitationLinks);
    instances.set(db, links);
  }
  return links;
}
