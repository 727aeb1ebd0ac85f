import { and, eq } from 'drizzle-orm';
import { processedCommands } from '../db/schema';
import type { Transaction } from '../db/types';
import { appendToStreams, ConcurrencyError, type StreamWrite } from '../event-store';
import { applyInlineProjections } from '../projections';
import type { CommandContext, CommandOutcome } from './context';
import { isTransientConflict, sqlErrorOf, UNIQUE_VIOLATION } from './database-errors';
import { CommandIdReusedError } from './errors';

export interface Decision<R> {
  readonly writes: readonly StreamWrite[];
  /** The stream the command addressed: its new version is the one the caller gets back. */
  readonly streamId: string;
  readonly result?: R;
}

const MAX_ATTEMPTS = 5;

/**
 * The one command path: in a single transaction, check the command was not already carried out (a command id is its
 * sender's, and answers again only the very command it was first used for), load and decide
 * (the caller's `decide`), append, and update the inline projections. A stream that moved on meanwhile means the
 * decision was taken on stale state, so it is taken again on fresh state, a bounded number of times; unless the
 * caller pinned the version it saw (`pinned`), in which case the conflict is theirs to resolve.
 */
export async function executeCommand<R extends object = object>(
  ctx: CommandContext,
  decide: (tx: Transaction) => Promise<Decision<R>>,
  { pinned = false }: { pinned?: boolean } = {},
): Promise<CommandOutcome & R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction((tx) => attemptCommand(tx, ctx, decide));
    } catch (error) {
      if (sqlErrorOf(error).code === UNIQUE_VIOLATION && sqlErrorOf(error).constraint === 'processed_commands_pkey') {
        const earlier = await previousResult<R>(ctx);
        if (earlier) return earlier;
      }
      const retryable = (error instanceof ConcurrencyError && !pinned) || isTransientConflict(error);
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

async function attemptCommand<R extends object>(
  tx: Transaction,
  ctx: CommandContext,
  decide: (tx: Transaction) => Promise<Decision<R>>,
): Promise<CommandOutcome & R> {
  const earlier = await previousResult<R>(ctx, tx);
  if (earlier) return earlier;

  const decision = await decide(tx);
  const metadata = {
    actorId: ctx.actorId,
    commandId: ctx.commandId,
    correlationId: ctx.correlationId ?? ctx.commandId,
    causationId: ctx.commandId,
  };
  const recorded = await appendToStreams(tx, decision.writes, metadata, ctx.now());
  await applyInlineProjections(tx, recorded);

  const addressed = decision.writes.find((w) => w.streamId === decision.streamId);
  const outcome = {
    ...(decision.result as R),
    streamVersion: (addressed?.expectedVersion ?? 0) + (addressed?.events.length ?? 0),
    position: recorded.at(-1)?.position ?? null,
  };
  await tx.insert(processedCommands).values({
    actorId: ctx.actorId,
    commandId: ctx.commandId,
    procedure: ctx.intent.procedure,
    payloadHash: ctx.intent.payloadHash,
    result: outcome,
    recordedAt: ctx.now(),
  });
  return outcome;
}

/** The first result of this sender's command id; an id they used for anything else is refused. */
async function previousResult<R>(ctx: CommandContext, db: Pick<Transaction, 'select'> = ctx.db) {
  const [row] = await db
    .select({
      procedure: processedCommands.procedure,
      payloadHash: processedCommands.payloadHash,
      result: processedCommands.result,
    })
    .from(processedCommands)
    .where(and(eq(processedCommands.actorId, ctx.actorId), eq(processedCommands.commandId, ctx.commandId)));
  if (!row) return undefined;
  if (row.procedure !== ctx.intent.procedure || row.payloadHash !== ctx.intent.payloadHash) {
    throw new CommandIdReusedError(ctx.commandId);
  }
  return row.result as CommandOutcome & R;
}
