import { and, desc, eq, inArray } from 'drizzle-orm';
import { activityView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * A project's deleted tasks, most recently deleted first, each with who deleted it and when: its latest TaskDeleted
 * entry (a task deleted, restored and deleted again is listed once, by its last deletion).
 */
export async function readDeletedTasks(db: Executor, projectId: string) {
  const tasks = await db
    .select({ id: tasksView.id, number: tasksView.number, title: tasksView.title })
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.deleted, true)));
  if (tasks.length === 0) return [];
  const deletions = await db
    .select({
      taskId: activityView.taskId,
      position: activityView.position,
      by: activityView.actorId,
      at: activityView.at,
    })
    .from(activityView)
    .where(
      and(
        eq(activityView.projectId, projectId),
        eq(activityView.type, 'TaskDeleted'),
        inArray(
          activityView.taskId,
          tasks.map((task) => task.id),
        ),
      ),
    )
    .orderBy(desc(activityView.position));
  const listed = tasks.flatMap((task) => {
    const deletion = deletions.find((row) => row.taskId === task.id);
    return deletion ? [{ ...task, deletedBy: deletion.by, deletedAt: deletion.at, position: deletion.position }] : [];
  });
  return listed.sort((a, b) => b.position - a.position);
}
