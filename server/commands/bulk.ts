import { and, desc, eq, sql } from 'drizzle-orm';
import { generateNKeysBetween } from 'fractional-indexing';
import { movingTasks, planBulk, type BulkChange } from '@/domain';
import { tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import { executeAct } from './act';
import type { CommandContext } from './context';

/**
 * One change to many tasks of a project (the board's selection): ONE act, so its steps are decided together under
 * the project's exclusive lock and appended in one statement with one command id. Either every task changes or none
 * does, and undoing it is one undo. One command per task would leave half a selection changed when the fifth was
 * refused, and need as many undos as tasks.
 */
export function changeTasks(
  ctx: CommandContext & { project: { id: string } },
  taskIds: readonly string[],
  change: BulkChange,
) {
  const projectId = ctx.project.id;
  return executeAct(ctx, {
    projectId,
    streams: { tasks: taskIds },
    kept: { type: 'ChangeTasks', command: { taskIds, change } },
    plan: async ({ tx, streams }) => {
      const ranks =
        change.kind === 'move'
          ? await ranksAtEnd(tx, projectId, change.toStatusId, movingTasks(streams.now, taskIds, change.toStatusId))
          : [];
      return planBulk(streams.now, taskIds, change, ranks);
    },
  });
}

/**
 * Ranks after the last card of a column, one per task moved there. Read under the act's exclusive lock on the
 * project, which every task command takes shared, so no card lands there in between.
 */
async function ranksAtEnd(tx: Executor, projectId: string, statusId: string, moving: readonly string[]) {
  if (moving.length === 0) return [];
  const [last] = await tx
    .select({ rank: tasksView.rank })
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.statusId, statusId), eq(tasksView.deleted, false)))
    .orderBy(desc(sql`${tasksView.rank} collate "C"`))
    .limit(1);
  return generateNKeysBetween(last?.rank ?? null, null, moving.length);
}
