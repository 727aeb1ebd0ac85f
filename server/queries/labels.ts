import { asc, eq } from 'drizzle-orm';
import { projectLabels } from '../db/schema';
import type { Executor } from '../db/types';

/** The project's label list, by name. */
export const listLabels = (db: Executor, projectId: string) =>
  db
    .select({ id: projectLabels.id, name: projectLabels.name, colour: projectLabels.colour })
    .from(projectLabels)
    .where(eq(projectLabels.projectId, projectId))
    .orderBy(asc(projectLabels.name));
