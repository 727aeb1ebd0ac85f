import { and, asc, count, eq, notInArray, sql } from 'drizzle-orm';
import { forbidden, isProjectEvent, notFound, ruleViolated, undoAct, type Board, type Role } from '@/domain';
import { events, tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import { deserializeRows, taskIdOfStream, toDomainEvent, type StoredEvent } from '../event-store';
import { executeAct } from '../commands/act';
import type { CommandContext } from '../commands/context';

/** The events one command recorded in a project, oldest first, by command id (a sender's ids are their own). */
export async function eventsOfCommand(db: Executor, projectId: string, commandId: string): Promise<StoredEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.projectId, projectId), sql`${events.metadata}->>'commandId' = ${commandId}`))
    .orderBy(asc(events.position));
  return deserializeRows(db, rows);
}

/**
 * Undoes one command of the project: the act that takes back what its events did (domain/history/undo.ts), with
 * its events caused by the command undone. Only its sender, or an owner of the project, may undo it.
 */
export async function undoCommand(
  ctx: CommandContext & { project: { id: string } },
  role: Role,
  undoneCommandId: string,
) {
  const projectId = ctx.project.id;
  const all = await eventsOfCommand(ctx.db, projectId, undoneCommandId);
  // Two senders may have chosen one id: the sender's own command is the one meant, or the only one there is.
  const senders = [...new Set(all.map((e) => e.metadata.actorId))];
  const sender = senders.includes(ctx.actorId) ? ctx.actorId : senders.length === 1 ? senders[0] : undefined;
  if (senders.length === 0) throw notFound('No change of this project has that command id');
  if (sender === undefined)
    throw ruleViolated('Several people used that command id: only each of them can undo theirs');
  if (sender !== ctx.actorId && role !== 'owner') {
    throw forbidden('Only the person who made a change, or an owner of the project, can undo it');
  }
  const undone = all.filter((e) => e.metadata.actorId === sender);
  const tasks = [...new Set(undone.map((e) => taskIdOfStream(e.streamId)).filter((id): id is string => id !== null))];
  const before = undone[0]!.position - 1;
  return executeAct(
    { ...ctx, causationId: undoneCommandId },
    {
      projectId,
      streams: { tasks },
      pastAt: [before],
      kept: { type: 'Undo', command: { undoneCommandId } },
      plan: ({ streams }) => {
        const now = streams.now;
        const statusName = (id: string) =>
          (now.project.status === 'none' ? undefined : now.project.statuses.find((s) => s.id === id)?.name) ??
          'a removed status';
        return undoAct(
          streams.past.get(before)!,
          {
            commandId: undoneCommandId,
            events: undone.map((e) => ({
              position: e.position,
              taskId: isProjectEvent(e) ? null : taskIdOfStream(e.streamId),
              event: toDomainEvent(e),
            })),
          },
          now,
          { undoer: { actorId: ctx.actorId, owner: role === 'owner' }, statusName },
        );
      },
      tasksElsewhere: liveTasksElsewhere(projectId),
    },
  );
}

/**
 * Live tasks per status that an act's board does not hold, read from the board's read model under the project's
 * exclusive lock (every task command takes it shared, and the board commits with its events).
 */
export const liveTasksElsewhere = (projectId: string) => async (tx: Executor, board: Board) => {
  const held = Object.keys(board.tasks);
  const rows = await tx
    .select({ statusId: tasksView.statusId, n: count() })
    .from(tasksView)
    .where(
      and(
        eq(tasksView.projectId, projectId),
        eq(tasksView.deleted, false),
        held.length > 0 ? notInArray(tasksView.id, held) : undefined,
      ),
    )
    .groupBy(tasksView.statusId);
  const counts = new Map(rows.map((r) => [r.statusId, r.n]));
  return (statusId: string) => counts.get(statusId) ?? 0;
};
