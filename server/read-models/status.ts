import { asc, max } from 'drizzle-orm';
import { events, projectionVersions } from '../db/schema';
import type { Executor } from '../db/types';
import { readModels } from './registry';

/** Every read model with its code version, and for an async one its builds, checkpoints and lag behind the log. */
export async function projectionStatus(db: Executor) {
  const [last] = await db.select({ position: max(events.position) }).from(events);
  const head = last?.position ?? 0;
  const builds = await db
    .select()
    .from(projectionVersions)
    .orderBy(asc(projectionVersions.name), asc(projectionVersions.version));
  return {
    head,
    inline: readModels
      .filter((m) => m.maintained === 'inline')
      .map((m) => ({ name: m.name, codeVersion: m.version, position: head, lag: 0 })),
    async: readModels
      .filter((m) => m.maintained === 'async')
      .map((m) => ({
        name: m.name,
        codeVersion: m.version,
        builds: builds
          .filter((b) => b.name === m.name)
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
