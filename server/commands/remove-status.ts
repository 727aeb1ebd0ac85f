import { and, eq } from 'drizzle-orm';
import { planStatusRemoval, type CommandOf } from '@/domain';
import { tasksView } from '../db/schema';
import { liveTasksElsewhere } from '../history/undo';
import { executeAct } from './act';
import type { CommandContext } from './context';
import { ranksAtEnd } from './trusted-reads';

/**
 * Removes a status and moves its tasks to another, as ONE command over the project's stream and its tasks' (an act,
 * like an undo): all of it is written in one append, or nothing is. The tasks are read before the project's lock; a
 * task that comes into the status after that read is counted under the lock (`tasksElsewhere`), and refuses the
 * removal rather than being left behind.
 */
export async function removeStatusMovingTasks(
  ctx: CommandContext,
  command: CommandOf<'RemoveStatus'> & { moveTasksTo: string },
) {
  const projectId = ctx.project?.id;
  if (projectId === undefined) throw new Error('A removal needs the project its access check approved');
  const held = await ctx.db
    .select({ id: tasksView.id })
    .from(tasksView)
    .where(
      and(eq(tasksView.projectId, projectId), eq(tasksView.statusId, command.statusId), eq(tasksView.deleted, false)),
    );
  const removal = { ...command, projectId, tasksInStatus: 0 };
  return executeAct(ctx, {
    projectId,
    streams: { tasks: held.map((t) => t.id) },
    kept: { type: 'RemoveStatus', command: removal },
    plan: async ({ tx, streams }) =>
      planStatusRemoval(streams.now, removal, await ranksAtEnd(tx, { projectId, statusId: command.moveTasksTo })),
    tasksElsewhere: liveTasksElsewhere(projectId),
  });
}
