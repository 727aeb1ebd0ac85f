import { and, eq } from 'drizzle-orm';
import {
  isProjectEvent,
  notFound,
  projectDecider,
  requireAccess,
  taskInProjectDecider,
  type Command,
  type CommandOf,
  type CommandType,
  type DomainEvent,
  type ProjectCommand,
  type TaskInProjectCommand,
} from '@/domain';
import { processedCommands } from '../db/schema';
import type { Executor, Transaction } from '../db/types';
import { ConcurrencyError, pendingAppend, writeAppend, type StreamWrite } from '../event-store';
import { inlineRowWrites } from '../read-models';
import type { CommandContext, CommandOutcome } from './context';
import { isTransientConflict, sqlErrorOf, UNIQUE_VIOLATION } from './database-errors';
import { CommandIdReusedError } from './errors';
import { handlers, type Handler, type Known } from './handlers';
import { lockForCommand, rememberWritten, type EarlierCommand, type Loaded, type WrittenStream } from './load';

/** What a command answers: its outcome, and what its handler adds (a new task's id and number, say). */
export type CommandAnswer<T extends CommandType> = CommandOutcome &
  ((typeof handlers)[T] extends { answer: (...args: never[]) => infer A } ? A : unknown);

const MAX_ATTEMPTS = 5;

/**
 * The one command path. In a single transaction: check the command was not already carried out (a command id is its
 * sender's, and answers again only the very command it was first used for); lock and load the streams its handler
 * declares; check the sender's access against the project under its lock; add what the handler provides and decide
 * through the domain's decider; append each event to the stream of its kind; update the inline read models; record
 * the answer. A stream that moved on meanwhile means the decision was taken on stale state, so it is taken again on
 * fresh state, a bounded number of times; unless the sender pinned the version it saw, in which case the conflict is
 * theirs to resolve.
 */
export async function executeCommand<C extends Command>(
  ctx: CommandContext,
  command: C,
): Promise<CommandAnswer<C['type']>> {
  type T = C['type'];
  const handler = handlers[command.type as T] as unknown as Handler<T>;
  const pinned = 'expectedVersion' in command && command.expectedVersion !== undefined;
  return (await inCommandTransaction(ctx, (tx) => attemptCommand(tx, ctx, handler, command as CommandOf<T>), {
    pinned,
    refusal: (error) => handler.refusal?.(error, command as CommandOf<T>),
  })) as CommandAnswer<T>;
}

/**
 * A command's transaction, tried again on a stream that moved on (unless the sender pinned the version they saw) or
 * on a transient conflict, a bounded number of times; a command id already used answers what it answered first.
 */
export async function inCommandTransaction(
  ctx: CommandContext,
  attempt: (tx: Transaction) => Promise<{ outcome: CommandOutcome; written: readonly WrittenStream[] }>,
  { pinned = false, refusal }: { pinned?: boolean; refusal?: (error: unknown) => Error | undefined } = {},
): Promise<CommandOutcome> {
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      const { outcome, written } = await ctx.db.transaction(attempt);
      // Only once committed: a state remembered for a version that rolled back could be taken for another's.
      rememberWritten(written, ctx.db);
      return outcome;
    } catch (error) {
      if (sqlErrorOf(error).code === UNIQUE_VIOLATION && sqlErrorOf(error).constraint === 'processed_commands_pkey') {
        const earlier = await previousAnswer(ctx);
        if (earlier) return earlier;
      }
      const refused = refusal?.(error);
      if (refused) throw refused;
      const retryable = (error instanceof ConcurrencyError && !pinned) || isTransientConflict(error);
      if (!retryable || attemptNo >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attemptNo));
    }
  }
}

async function attemptCommand<T extends CommandType>(
  tx: Transaction,
  ctx: CommandContext,
  handler: Handler<T>,
  command: CommandOf<T>,
): Promise<{ outcome: CommandOutcome; written: readonly WrittenStream[] }> {
  const streams = handler.streams(command, ctx);
  const projectId = streams.project.id;
  if (ctx.project && ctx.project.id !== projectId) throw new Error('A command acts on the project its access approved');
  const lock = streams.project.lock === 'new' ? 'update' : streams.project.lock;
  const { earlier, project, task } = await lockForCommand(tx, ctx, projectId, lock, streams.task?.id, ctx.db);
  if (earlier) return { outcome: answerAgain(ctx, earlier), written: [] };
  if (ctx.project?.permission) requireAccess(project.state, ctx.actorId, ctx.project.permission);
  if (task && streams.task?.lock === 'update') {
    if (task.version === 0) throw notFound('Task not found');
    const { expectedVersion } = streams.task;
    if (expectedVersion !== undefined && expectedVersion !== task.version) {
      throw new ConcurrencyError(task.streamId, expectedVersion);
    }
  }

  const known: Known = {
    tx,
    ctx,
    streams,
    project: project.state,
    task: task?.state ?? taskInProjectDecider.initialState.task,
  };
  const decided = await handler.decided(command, known);
  const events =
    handler.decider === 'project'
      ? projectDecider.decide(decided as ProjectCommand, project.state)
      : taskInProjectDecider.decide(decided as TaskInProjectCommand, { project: project.state, task: known.task });
  if (events.length > 0) await handler.alongside?.(command, events, known);

  const pending = pendingAppend(writesOf(events, projectId, project, task), metadataOf(ctx), ctx.now());
  const changes = await inlineRowWrites(tx, pending.events);

  // The stream the command addressed, its task's when it has one: its new version is the one the sender gets back.
  const addressed = task ?? project;
  const answer = {
    ...handler.answer?.(events, streams),
    streamVersion: addressed.version + pending.events.filter((e) => e.streamId === addressed.streamId).length,
  };
  const recorded = await writeAppend(tx, pending, {
    changes,
    command: commandRecord(ctx, answer, { type: command.type, command: handler.kept?.(decided) ?? decided }),
  });
  return {
    outcome: { ...answer, position: recorded.at(-1)?.position ?? null },
    written: [
      { kind: 'project', loaded: project, events },
      ...(task ? [{ kind: 'task' as const, loaded: task, events }] : []),
    ],
  };
}

/** Each event goes to the stream of its kind, the project's or the task's (the append skips a stream given none). */
function writesOf(
  events: readonly DomainEvent[],
  projectId: string,
  project: Loaded<unknown>,
  task: Loaded<unknown> | undefined,
): StreamWrite[] {
  const writes: StreamWrite[] = [
    { streamId: project.streamId, projectId, expectedVersion: project.version, events: events.filter(isProjectEvent) },
  ];
  if (task) {
    const forTask = events.filter((event) => !isProjectEvent(event));
    writes.push({ streamId: task.streamId, projectId, expectedVersion: task.version, events: forTask });
  }
  return writes;
}

/** The idempotency entry of the sender's command: what it answered, and the command as it was decided. */
export const commandRecord = (
  ctx: CommandContext,
  result: Record<string, unknown>,
  decided: { type: string; command: object },
) => ({
  actorId: ctx.actorId,
  commandId: ctx.commandId,
  procedure: ctx.intent.procedure,
  payloadHash: ctx.intent.payloadHash,
  result,
  decided,
});

export const metadataOf = (ctx: CommandContext) => ({
  actorId: ctx.actorId,
  commandId: ctx.commandId,
  correlationId: ctx.correlationId ?? ctx.commandId,
  causationId: ctx.causationId ?? ctx.commandId,
});

/** The first answer to this sender's command id, read after its transaction failed on the id being taken. */
/** What a command id was used for before, if it was: read on its own after a failed attempt, or inside an act's transaction. */
export async function earlierCommand(db: Executor, ctx: CommandContext): Promise<EarlierCommand | undefined> {
  const [row] = await db
    .select({
      procedure: processedCommands.procedure,
      payloadHash: processedCommands.payloadHash,
      result: processedCommands.result,
    })
    .from(processedCommands)
    .where(and(eq(processedCommands.actorId, ctx.actorId), eq(processedCommands.commandId, ctx.commandId)));
  return row;
}

async function previousAnswer(ctx: CommandContext) {
  const row = await earlierCommand(ctx.db, ctx);
  return row && answerAgain(ctx, row);
}

/** The answer a command id gave, for the very command it was used for; an id used for anything else is refused. */
export function answerAgain(ctx: CommandContext, earlier: EarlierCommand) {
  if (earlier.procedure !== ctx.intent.procedure || earlier.payloadHash !== ctx.intent.payloadHash) {
    throw new CommandIdReusedError(ctx.commandId);
  }
  return earlier.result as CommandOutcome;
}
