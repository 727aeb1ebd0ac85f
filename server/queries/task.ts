import { and, asc, eq } from 'drizzle-orm';
import { commentsView, projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

export async function readTask(db: Executor, by: { taskId: string } | { key: string; number: number }) {
  const where =
    'taskId' in by
      ? eq(tasksView.id, by.taskId)
      : and(eq(projectsView.key, by.key.toUpperCase()), eq(tasksView.number, by.number));
  const [row] = await db
    .select({ task: tasksView, project: projectsView })
    .from(tasksView)
    .innerJoin(projectsView, eq(projectsView.id, tasksView.projectId))
    .where(where);
  if (!row) return undefined;
  const comments = await db
    .select()
    .from(commentsView)
    .where(eq(commentsView.taskId, row.task.id))
    .orderBy(asc(commentsView.createdAt), asc(commentsView.id));
  return { ...row, comments };
}
