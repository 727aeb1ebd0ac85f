import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Role } from '@/domain';
import { projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import { roleOf } from '../queries/members';
import { projectKey } from './input';

/**
 * The fields by which a procedure may name the project it is about. Every project procedure declares exactly one of
 * them; the builder adds that field to its input with the schema below, and the access check reads only that field
 * of the parsed input. Any other id in the input is checked against the project found here, where it is used.
 */
export const SCOPES = {
  projectId: {
    schema: z.uuid(),
    notFound: 'Project not found',
    // The role lookup below finds no membership in a project that does not exist: no separate read.
    projectOf: (_db: Executor, projectId: string) => Promise.resolve<string | undefined>(projectId),
  },
  taskId: {
    schema: z.uuid(),
    notFound: 'Task not found',
    projectOf: async (db: Executor, taskId: string) => {
      const [task] = await db
        .select({ projectId: tasksView.projectId })
        .from(tasksView)
        .where(eq(tasksView.id, taskId));
      return task?.projectId;
    },
  },
  key: {
    schema: projectKey,
    notFound: 'Project not found',
    projectOf: async (db: Executor, key: string) => {
      const [project] = await db.select({ id: projectsView.id }).from(projectsView).where(eq(projectsView.key, key));
      return project?.id;
    },
  },
} as const;

export type ScopeField = keyof typeof SCOPES;
export type ScopeValue<F extends ScopeField> = z.infer<(typeof SCOPES)[F]['schema']>;

/** The project a scope field names and the caller's role in it; undefined when they are not a current member. */
export async function scopedProject<F extends ScopeField>(
  db: Executor,
  field: F,
  value: ScopeValue<F>,
  userId: string,
): Promise<{ id: string; role: Role } | undefined> {
  const resolve = SCOPES[field].projectOf as (db: Executor, value: ScopeValue<F>) => Promise<string | undefined>;
  const projectId = await resolve(db, value);
  if (!projectId) return undefined;
  const role = await roleOf(db, projectId, userId);
  return role && { id: projectId, role };
}
