import { asc, max } from 'drizzle-orm';
import { events, projectionVersions } from '../db/schema';
import type { Executor } from '../db/types';
import { asyncProjections } from './async';

/** Every projection with its version, checkpoint and lag behind the log. */
export async function projectionStatus(db: Executor) {
  const [last] = await db.select({ position: max(events.position) }).from(events);
  const head = last?.position ?? 0;
  const builds = await db
    .select()
    .from(projectionVersions)
    .orderBy(asc(projectionVersions.name), asc(projectionVersions.version));
  return {
    head,
    inline: ['board', 'comments', 'activity'].map((name) => ({ name, position: head, lag: 0 })),
    async: asyncProjections.map((projection) => ({
      name: projection.name,
      codeVersion: projection.version,
      builds: builds
        .filter((b) => b.name === projection.name)
        .map((b) => ({
          build: b.version,
          codeVersion: b.codeVersion,
          state: b.state,
          position: b.position,
          lag: head - b.position,
          updatedAt: b.updatedAt,
        })),
    })),
  };
}
