import { sql } from 'drizzle-orm';
import { decideSteps, requireAccess, type Board, type BoardEvent, type Step } from '@/domain';
import type { Executor, Transaction } from '../db/types';
import { pendingAppendInOrder, projectStreamId, taskStreamId, writeAppend } from '../event-store';
import { inlineRowWrites } from '../read-models';
import { foldStreams, type FoldedStreams } from './fold-streams';
import type { CommandContext, CommandOutcome } from './context';
import { answerAgain, commandRecord, earlierCommand, inCommandTransaction, metadataOf } from './execute';

/**
 * An act on a project's history (an undo, a restore, a fork): many commands over many of its streams, taken as ONE
 * command. Its steps are decided one after the other by the deciders (domain/history), and all their events are
 * appended in one transaction with the inline read models and the command's record, under one command id: every
 * rule holds for each step, and either all of it happens or nothing does.
 */
export interface Act<A extends object = object> {
  /** The project the act writes, as the access check approved it (or, for a fork, the new one). */
  readonly projectId: string;
  /**
   * The streams it reads and may write: the project's, and the tasks named (or all of the project's). A new project
   * has no stream yet: the append refuses its streams if they exist meanwhile.
   */
  readonly streams: { readonly tasks: readonly string[] | 'all' } | 'new';
  /** The positions the act needs the streams' states at (a restore's point, the moment before an undone command). */
  readonly pastAt?: readonly number[];
  /** What the inspector shows it was (the decided command); nothing secret. */
  readonly kept: { readonly type: string; readonly command: object };
  readonly plan: (known: { tx: Transaction; streams: FoldedStreams }) => Promise<readonly Step[]> | readonly Step[];
  /** Live tasks in a status that the act's board does not hold, for a status's removal (see decideSteps). */
  readonly tasksElsewhere?: (tx: Executor, board: Board) => Promise<(statusId: string) => number>;
  readonly answer?: (events: readonly BoardEvent[]) => A;
}

export type ActOutcome = CommandOutcome & { readonly changes: number };

/**
 * The act's transaction: its command id unused, its project's row locked exclusive (so that no command of the
 * project runs meanwhile: every task command takes it shared), the streams folded, the sender's access checked again
 * on the project's state under that lock, the steps planned and decided, then everything written in the append's
 * one statement, interleaved in the order the steps made it.
 */
export async function executeAct<A extends object>(ctx: CommandContext, act: Act<A>): Promise<ActOutcome & A> {
  return (await inCommandTransaction(ctx, async (tx) => ({
    outcome: await attemptAct(tx, ctx, act),
    written: [],
  }))) as ActOutcome & A;
}

async function attemptAct<A extends object>(tx: Transaction, ctx: CommandContext, act: Act<A>): Promise<ActOutcome> {
  if (act.streams !== 'new' && ctx.project?.id !== act.projectId) {
    throw new Error('An act changes the project its access approved');
  }
  const earlier = await earlierCommand(tx, ctx);
  if (earlier) return answerAgain(ctx, earlier) as ActOutcome;
  if (act.streams !== 'new') await lockProject(tx, act.projectId);
  const streams =
    act.streams === 'new'
      ? {
          now: { project: { status: 'none' as const }, tasks: {} },
          past: new Map<number, Board>(),
          versions: new Map<string, number>(),
        }
      : await foldStreams(tx, act.projectId, act.streams.tasks, act.pastAt ?? []);
  if (act.streams !== 'new' && ctx.project?.permission) {
    requireAccess(streams.now.project, ctx.actorId, ctx.project.permission);
  }
  const steps = await act.plan({ tx, streams });
  const elsewhere = await act.tasksElsewhere?.(tx, streams.now);
  const { events } = decideSteps(steps, streams.now, elsewhere);

  const pending = pendingAppendInOrder(
    events.map(({ taskId, event }) => ({
      streamId: taskId === null ? projectStreamId(act.projectId) : taskStreamId(taskId),
      projectId: act.projectId,
      event,
    })),
    streams.versions,
    metadataOf(ctx),
    ctx.now(),
  );
  const changes = await inlineRowWrites(tx, pending.events);
  const projectStream = projectStreamId(act.projectId);
  const streamVersion =
    (streams.versions.get(projectStream) ?? 0) + pending.events.filter((e) => e.streamId === projectStream).length;
  const answer = { ...act.answer?.(events), changes: events.length, streamVersion };
  const recorded = await writeAppend(tx, pending, {
    changes,
    command: commandRecord(ctx, answer, act.kept),
  });
  return { ...answer, position: recorded.at(-1)?.position ?? null };
}

const lockProject = (tx: Transaction, projectId: string) =>
  tx.execute(sql`select version from streams where stream_id = ${projectStreamId(projectId)} for update`);
