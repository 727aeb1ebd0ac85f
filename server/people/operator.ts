import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Database } from '../db/types';
import { LOG_PROJECT_ID } from '../event-store/log-events';
import { forgetPerson } from './forget-person';
import { sealPlainComments } from './seal-plain-comments';

/** Who acts when an operator runs a tool: nobody's account (the nil id), as the log records it. */
const OPERATOR = LOG_PROJECT_ID;

/** The one-off migration of plain comments, as a tool runs it: all of them, in one transaction. */
export function sealAllPlainComments(db: Database): Promise<number> {
  const commandId = randomUUID();
  const metadata = { actorId: OPERATOR, commandId, correlationId: commandId, causationId: commandId };
  return db.transaction((tx) => sealPlainComments(tx, { metadata, now: new Date() }));
}

/** Forgets the person with this e-mail address, as an operator asked (a request made outside the app). */
export async function forgetByEmail(db: Database, email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user) return null;
  return forgetPerson(db, { userId: user.id, actorId: OPERATOR, commandId: randomUUID(), now: new Date() });
}
