import { and, asc, count, eq, sql } from 'drizzle-orm';
import { membersView, projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

/** The projects a person is a member of, with their role in each. */
export async function listProjects(db: Executor, userId: string) {
  const openTasks = db
    .select({ projectId: tasksView.projectId, n: count().as('n') })
    .from(tasksView)
    .where(eq(tasksView.deleted, false))
    .groupBy(tasksView.projectId)
    .as('open_tasks');
  const rows = await db
    .select({
      project: projectsView,
      role: membersView.role,
      taskCount: sql<number>`coalesce(${openTasks.n}, 0)`.mapWith(Number),
    })
    .from(projectsView)
    .innerJoin(
      membersView,
      and(eq(membersView.projectId, projectsView.id), eq(membersView.userId, userId), eq(membersView.active, true)),
    )
    .leftJoin(openTasks, eq(openTasks.projectId, projectsView.id))
    .orderBy(asc(projectsView.archived), asc(projectsView.name));
  return rows.map(({ project, role, taskCount }) => ({ ...project, role, taskCount }));
}

export async function findProject(db: Executor, projectId: string) {
  const [project] = await db.select().from(projectsView).where(eq(projectsView.id, projectId));
  return project;
}
