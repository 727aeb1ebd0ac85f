import { eq } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import { events, projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import { text } from './routers/text';

export interface Scope {
  /** The project the input is about, if it exists. */
  projectId: string | undefined;
  /** What to tell someone who may not know whether it exists. */
  notFound: string;
}

const byProject = z.object({ projectId: z.uuid() });
const byTask = z.object({ taskId: z.uuid() });
const byKey = z.object({ key: text(6) });
const byPosition = z.object({ position: z.number().int().positive() });

/**
 * Which project a procedure's input is about. The input is not parsed by the procedure yet: a field present but
 * malformed is refused here with the same message its own schema would give.
 */
export async function resolveScope(db: Executor, raw: unknown): Promise<Scope> {
  const has = (field: string) => typeof raw === 'object' && raw !== null && field in raw;
  if (has('projectId')) {
    return { projectId: parse(byProject, raw).projectId, notFound: 'Project not found' };
  }
  if (has('taskId')) {
    const { taskId } = parse(byTask, raw);
    const [task] = await db.select({ projectId: tasksView.projectId }).from(tasksView).where(eq(tasksView.id, taskId));
    return { projectId: task?.projectId, notFound: 'Task not found' };
  }
  if (has('key')) {
    const key = parse(byKey, raw).key.trim().toUpperCase();
    const [project] = await db.select({ id: projectsView.id }).from(projectsView).where(eq(projectsView.key, key));
    return { projectId: project?.id, notFound: 'Project not found' };
  }
  if (has('position')) {
    const { position } = parse(byPosition, raw);
    const [event] = await db.select({ projectId: events.projectId }).from(events).where(eq(events.position, position));
    return { projectId: event?.projectId, notFound: `No event at position ${position}` };
  }
  return { projectId: undefined, notFound: 'Name a project, a task or an event' };
}

/** A malformed field is the caller's mistake, answered like any other invalid input. */
function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  try {
    return schema.parse(raw);
  } catch (error) {
    if (error instanceof ZodError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    throw error;
  }
}
