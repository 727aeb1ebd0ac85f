import { and, asc, count, eq, sql } from 'drizzle-orm';
import { projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

export async function listProjects(db: Executor) {
  const openTasks = db
    .select({ projectId: tasksView.projectId, n: count().as('n') })
    .from(tasksView)
    .where(eq(tasksView.deleted, false))
    .groupBy(tasksView.projectId)
    .as('open_tasks');
  const rows = await db
    .select({ project: projectsView, taskCount: sql<number>`coalesce(${openTasks.n}, 0)`.mapWith(Number) })
    .from(projectsView)
    .leftJoin(openTasks, eq(openTasks.projectId, projectsView.id))
    .orderBy(asc(projectsView.archived), asc(projectsView.name));
  return rows.map(({ project, taskCount }) => ({ ...project, taskCount }));
}

export async function findProject(db: Executor, by: { projectId: string } | { key: string }) {
  const where = 'projectId' in by ? eq(projectsView.id, by.projectId) : eq(projectsView.key, by.key.toUpperCase());
  const [project] = await db.select().from(projectsView).where(and(where));
  return project;
}
