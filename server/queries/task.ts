import { and, asc, eq } from 'drizzle-orm';
import { commentsView, projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

/** A task of one project, by its id or its number: a task of any other project is not found. */
export type TaskRef = { projectId: string } & ({ taskId: string } | { number: number });

export async function readTask(db: Executor, ref: TaskRef) {
  const [row] = await db
    .select({ task: tasksView, project: projectsView })
    .from(tasksView)
    .innerJoin(projectsView, eq(projectsView.id, tasksView.projectId))
    .where(
      and(
        eq(tasksView.projectId, ref.projectId),
        'taskId' in ref ? eq(tasksView.id, ref.taskId) : eq(tasksView.number, ref.number),
      ),
    );
  if (!row) return undefined;
  const comments = await db
    .select()
    .from(commentsView)
    .where(eq(commentsView.taskId, row.task.id))
    .orderBy(asc(commentsView.createdAt), asc(commentsView.id));
  return { ...row, comments: comments.map(shownComment) };
}

/** A deleted comment keeps its place in the thread, without its words: whoever deleted it meant them gone from view. */
export const shownComment = <C extends { deleted: boolean; body: string }>(comment: C): C =>
  comment.deleted ? { ...comment, body: '' } : comment;
