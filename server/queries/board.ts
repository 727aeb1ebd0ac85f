import { and, eq } from 'drizzle-orm';
import { projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';

export type ProjectRow = typeof projectsView.$inferSelect;
export type BoardTask = typeof tasksView.$inferSelect;

/** Rank keys compare byte by byte; equal ranks (after concurrent moves) fall back to the task number. */
const byPlace = (a: BoardTask, b: BoardTask) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.number - b.number);

/**
 * The board as a person sees it: the workflow's columns in order, each with its tasks by rank. Built from rows the
 * same way whether they come from the live tables or from a replay, so the two cannot order a column differently.
 */
export function assembleBoard(project: ProjectRow, tasks: readonly BoardTask[]) {
  const onBoard = tasks.filter((t) => t.projectId === project.id && !t.deleted).sort(byPlace);
  return {
    project,
    columns: project.statuses.map((status) => ({ status, tasks: onBoard.filter((t) => t.statusId === status.id) })),
  };
}

export type Board = ReturnType<typeof assembleBoard>;

export async function readBoard(db: Executor, projectId: string): Promise<Board | undefined> {
  const [project] = await db.select().from(projectsView).where(eq(projectsView.id, projectId));
  if (!project) return undefined;
  const tasks = await db
    .select()
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.deleted, false)));
  return assembleBoard(project, tasks);
}
