import { z } from 'zod';

/** The most notifications one command marks one by one: a page of the inbox. */
export const MARK_READ_MAX = 200;

/** Positions are global and grow past a 32-bit integer, but never past JavaScript's safe integers. */
const position = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const MarkNotificationsRead = z.strictObject({
  type: z.literal('MarkNotificationsRead'),
  /** Every notification up to this position ("Mark all read" sends the newest it shows). */
  upTo: position.nullable(),
  positions: z.array(position).max(MARK_READ_MAX),
});
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsRead>;

export const INBOX_COMMANDS = { MarkNotificationsRead } as const;

/**
 * The command as its decider is given it: with the newest position of the log when it was decided, so that nothing
 * that has not happened yet can be marked read ahead of time.
 */
export type InboxCommand = MarkNotificationsRead & { readonly head: number };
