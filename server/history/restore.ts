import { eq } from 'drizzle-orm';
import { decideSteps, DomainError, notFound, planRestore, ruleViolated } from '@/domain';
import { foldStreams } from '../commands/fold-streams';
import { events } from '../db/schema';
import type { Executor } from '../db/types';
import { executeAct } from '../commands/act';
import type { CommandContext } from '../commands/context';
import { resolvePoint, type ReplayPoint } from '../replay/point';
import { liveTasksElsewhere } from './undo';

/** The position a point of the project's history stands for, and when it was recorded; refused before its first. */
export async function pointOf(db: Executor, projectId: string, at: ReplayPoint) {
  const position = await resolvePoint(db, projectId, at);
  if (position === 0) throw ruleViolated('The project did not exist yet at that point');
  const [row] = await db.select({ recordedAt: events.recordedAt }).from(events).where(eq(events.position, position));
  if (!row) throw notFound(`No event at position ${position}`);
  return { position, at: row.recordedAt.toISOString() };
}

/**
 * Takes the board (or one task) back to how it stood at a point: ONE act whose steps are the commands that get there
 * from today (domain/history/restore.ts), all appended atomically under one command id.
 */
export async function restoreTo(
  ctx: CommandContext & { project: { id: string } },
  at: ReplayPoint,
  taskId: string | undefined,
) {
  const projectId = ctx.project.id;
  const point = await pointOf(ctx.db, projectId, at);
  return executeAct(ctx, {
    projectId,
    streams: { tasks: taskId === undefined ? 'all' : [taskId] },
    pastAt: [point.position],
    kept: { type: 'Restore', command: { position: point.position, taskId: taskId ?? null } },
    plan: ({ streams }) =>
      planRestore(streams.now, streams.past.get(point.position)!, { ...point, taskId: taskId ?? null }),
    tasksElsewhere: liveTasksElsewhere(projectId),
  });
}

/**
 * What a restore would change, decided as the restore would be but written nowhere: each change with the task it is
 * about, or why the restore would be refused.
 */
export async function previewRestore(db: Executor, projectId: string, at: ReplayPoint, taskId: string | undefined) {
  const point = await pointOf(db, projectId, at);
  const streams = await foldStreams(db, projectId, taskId === undefined ? 'all' : [taskId], [point.position]);
  try {
    const steps = planRestore(streams.now, streams.past.get(point.position)!, { ...point, taskId: taskId ?? null });
    const elsewhere = await liveTasksElsewhere(projectId)(db, streams.now);
    const { events } = decideSteps(steps, streams.now, elsewhere);
    const key = streams.now.project.status === 'none' ? '' : streams.now.project.key;
    const changes = events
      .filter(({ event }) => event.type !== 'BoardRestored')
      .map(({ taskId: id, event }) => {
        const task = id === null ? undefined : streams.now.tasks[id];
        return { type: event.type, task: task && task.status !== 'none' ? `${key}-${task.number}` : null };
      });
    return { ...point, changes, refusal: null };
  } catch (error) {
    // What is not there is not found, as for the restore itself; a rule that forbids it is told as the answer.
    if (error instanceof DomainError && error.kind !== 'not_found')
      return { ...point, changes: [], refusal: error.message };
    throw error;
  }
}
