import { asc, eq } from 'drizzle-orm';
import { namedPoints } from '../db/schema';
import type { Executor } from '../db/types';
import { countUpTo, positionsOf } from '../replay/project-positions';

/**
 * The project's named points in the order of its history, each with its step: which event of the project it is, the
 * value the replay slider stands at to show it.
 */
export async function listNamedPoints(db: Executor, projectId: string) {
  const points = await db
    .select({
      pointId: namedPoints.id,
      name: namedPoints.name,
      position: namedPoints.position,
      namedBy: namedPoints.namedBy,
      namedAt: namedPoints.namedAt,
    })
    .from(namedPoints)
    .where(eq(namedPoints.projectId, projectId))
    .orderBy(asc(namedPoints.position), asc(namedPoints.namedAt));
  const positions = await positionsOf(db, projectId);
  return points.map((point) => ({ ...point, step: countUpTo(positions, point.position) }));
}
