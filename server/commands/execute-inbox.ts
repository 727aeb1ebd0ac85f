import { and, eq } from 'drizzle-orm';
import { inboxDecider, type InboxState, type MarkNotificationsRead } from '@/domain/inbox';
import { eventPosition, inboxEvents, inboxStreams, processedCommands } from '../db/schema';
import type { Transaction } from '../db/types';
import type { CommandContext, CommandOutcome } from './context';
import { answerAgain, commandRecord, inCommandTransaction } from './execute';

/**
 * The command path of a person's inbox stream: the same steps as a project's (the sender's command id answered once,
 * the stream locked and folded, a pure decider, the events appended with the stream's new state, the answer kept),
 * on a stream of its own. A person's inbox belongs to no project, and what they read is nobody else's history: kept
 * in the project log it would show in every project's history, replays and undo.
 */
export async function executeInboxCommand(ctx: CommandContext, command: MarkNotificationsRead) {
  return inCommandTransaction(ctx, async (tx) => ({ outcome: await attempt(tx, ctx, command), written: [] }));
}

async function attempt(tx: Transaction, ctx: CommandContext, command: MarkNotificationsRead): Promise<CommandOutcome> {
  const [earlier] = await tx
    .select({
      procedure: processedCommands.procedure,
      payloadHash: processedCommands.payloadHash,
      result: processedCommands.result,
    })
    .from(processedCommands)
    .where(and(eq(processedCommands.actorId, ctx.actorId), eq(processedCommands.commandId, ctx.commandId)));
  if (earlier) return answerAgain(ctx, earlier);

  const userId = ctx.actorId;
  await tx.insert(inboxStreams).values({ userId, version: 0, readUpTo: 0, read: [] }).onConflictDoNothing();
  const [stream] = await tx.select().from(inboxStreams).where(eq(inboxStreams.userId, userId)).for('update');
  if (!stream) throw new Error('The inbox stream was just made');
  const [log] = await tx.select({ head: eventPosition.value }).from(eventPosition);

  const decided = { ...command, head: log?.head ?? 0 };
  const events = inboxDecider.decide(decided, stream);
  const state: InboxState = events.reduce(inboxDecider.evolve, stream);
  const version = stream.version + events.length;
  const recordedAt = ctx.now();
  if (events.length > 0) {
    await tx.insert(inboxEvents).values(
      events.map((event, i) => ({
        userId,
        version: stream.version + i + 1,
        type: event.type,
        data: event.data,
        commandId: ctx.commandId,
        recordedAt,
      })),
    );
    await tx
      .update(inboxStreams)
      .set({ version, readUpTo: state.readUpTo, read: [...state.read] })
      .where(eq(inboxStreams.userId, userId));
  }
  const outcome: CommandOutcome = { streamVersion: version, position: null };
  const { decided: kept, ...record } = commandRecord(ctx, { ...outcome }, { type: command.type, command: decided });
  await tx.insert(processedCommands).values({
    ...record,
    commandType: kept.type,
    command: kept.command,
  });
  return outcome;
}
