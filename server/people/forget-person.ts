import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  activityView,
  authAccounts,
  commentsView,
  invitations,
  personKeys,
  processedCommands,
  rateLimits,
  replayCheckpoints,
  sessions,
  users,
  verifications,
} from '../db/schema';
import type { Database } from '../db/types';
import { dropTaskStates } from '../commands/load';
import type { EventMetadata } from '../event-store';
import { personStreamId } from '../event-store/log-events';
import { FORGOTTEN_TEXT } from '../event-store/sealed-events';
import { recentReplays } from '../replay/recent-replays';
import { appendLogEvent } from './log-append';
import { sealPlainComments } from './seal-plain-comments';

export interface Forgetting {
  readonly userId: string;
  /** Who asked: the person themselves, or whoever runs the tool. */
  readonly actorId: string;
  readonly commandId: string;
  readonly now: Date;
}

/**
 * Forgets a person (README, "Forgetting a person"), in one transaction: their old plain comments are sealed with
 * their key, then the key is destroyed, so every comment they wrote no longer opens anywhere in the log; every other
 * stored copy of their name, e-mail address and comment texts goes (their account, sessions and sign-in methods,
 * their open invitations and attempt counters, the comment bodies and excerpts of the read tables, the commands kept
 * for the inspector, the replay checkpoints); and PersonForgotten, holding only their id, says so in the log. The
 * log keeps every event, position and id: the views name them "a former member" and show "comment removed".
 * Forgetting someone already forgotten changes nothing. Returns how many comments they had written.
 */
export async function forgetPerson(db: Database, forgetting: Forgetting): Promise<{ comments: number } | null> {
  const { userId, now } = forgetting;
  const metadata: EventMetadata = {
    actorId: forgetting.actorId,
    commandId: forgetting.commandId,
    correlationId: forgetting.commandId,
    causationId: forgetting.commandId,
  };
  const result = await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for('update');
    const [key] = await tx.select({ key: personKeys.key }).from(personKeys).where(eq(personKeys.userId, userId));
    if (!user && key?.key === null) return null;

    await sealPlainComments(tx, { userId, metadata, now });
    // The tombstone (key null) is taken under the row lock each sealing write takes (keysToWrite): a comment being
    // written meanwhile commits first and is destroyed with the rest, or is refused.
    await tx
      .insert(personKeys)
      .values({ userId, key: null, forgottenAt: now })
      .onConflictDoUpdate({ target: personKeys.userId, set: { key: null, forgottenAt: now } });

    const theirs = await tx
      .update(commentsView)
      .set({ body: FORGOTTEN_TEXT })
      .where(eq(commentsView.authorId, userId))
      .returning({ id: commentsView.id });
    await tx
      .update(activityView)
      .set({ details: sql`jsonb_set(${activityView.details}, '{excerpt}', to_jsonb(${FORGOTTEN_TEXT}::text))` })
      .where(
        and(
          eq(activityView.type, 'CommentAdded'),
          sql`${activityView.details}->>'commentId' in (select id::text from comments_view where author_id = ${userId})`,
        ),
      );
    // Checkpoints are derived and hold the replayed comments: replays make them again from the log.
    await tx.delete(replayCheckpoints);
    // What was decided stays answerable by command id; the command itself held their text.
    await tx.update(processedCommands).set({ command: null }).where(eq(processedCommands.actorId, userId));

    if (user) {
      const email = user.email.toLowerCase();
      const holdsEmail = (column: AnyPgColumn) => sql`strpos(lower(${column}), ${email}) > 0`;
      await tx.delete(invitations).where(eq(invitations.email, email));
      await tx
        .delete(verifications)
        .where(sql`${holdsEmail(verifications.identifier)} or ${holdsEmail(verifications.value)}`);
      await tx.delete(rateLimits).where(holdsEmail(rateLimits.key));
      await tx.delete(sessions).where(eq(sessions.userId, userId));
      await tx.delete(authAccounts).where(eq(authAccounts.userId, userId));
      await tx.delete(users).where(eq(users.id, userId));
    }
    await appendLogEvent(
      tx,
      personStreamId(userId),
      { type: 'PersonForgotten', data: { userId, comments: theirs.length } },
      metadata,
      now,
    );
    return { comments: theirs.length };
  });
  // What this process holds in memory folded from their text goes too (other instances' copies age out).
  dropTaskStates(db);
  recentReplays.forget();
  return result;
}
