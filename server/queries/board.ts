import { and, asc, eq, sql } from 'drizzle-orm';
import { projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

export type BoardTask = typeof tasksView.$inferSelect;

/** The board as a person sees it: the workflow's columns in order, each with its tasks by rank. */
export async function readBoard(db: Executor, projectId: string) {
  const [project] = await db.select().from(projectsView).where(eq(projectsView.id, projectId));
  if (!project) return undefined;
  const tasks = await db
    .select()
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.deleted, false)))
    .orderBy(asc(sql`${tasksView.rank} collate "C"`), asc(tasksView.number));
  return {
    project,
    columns: project.statuses.map((status) => ({ status, tasks: tasks.filter((t) => t.statusId === status.id) })),
  };
}
