import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { INBOX_COMMANDS } from '@/domain/inbox';
import { executeInboxCommand } from '../../commands/execute-inbox';
import { intentOf } from '../../commands/intent';
import { readInbox, unreadCount, UNREAD_COUNTED } from '../../queries/inbox';
import { createRouter, signedInProcedure } from '../trpc';

const markReadFields = INBOX_COMMANDS.MarkNotificationsRead.omit({ type: true }).shape;

/** A person's own notifications: no input names a person, so no one can ask for another's. */
export const inboxRouter = createRouter({
  list: signedInProcedure.query(({ ctx }) => readInbox(ctx.db, ctx.user, new Date())),
  unreadCount: signedInProcedure.query(async ({ ctx }) => ({
    unread: await unreadCount(ctx.db, ctx.user),
    counted: UNREAD_COUNTED,
  })),
  markRead: signedInProcedure
    .input(z.strictObject({ commandId: z.uuid(), ...markReadFields }))
    .mutation(({ ctx, input, path }) => {
      const { commandId, ...fields } = input;
      const command = { type: 'MarkNotificationsRead' as const, ...fields };
      return executeInboxCommand(
        {
          db: ctx.db,
          actorId: ctx.user.id,
          commandId,
          intent: intentOf(path, command),
          now: () => new Date(),
          newId: randomUUID,
        },
        command,
      );
    }),
});
