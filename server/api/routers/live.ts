import { tracked } from '@trpc/server';
import { z } from 'zod';
import { projectHead, watchProject, type ProjectChange } from '../../live';
import { createRouter, projectProcedure } from '../trpc';

export const liveRouter = createRouter({
  /**
   * A project's changes as they commit, over server-sent events. Each message's id is the last position it covers;
   * a reconnecting browser sends it back as `lastEventId` and resumes right after it. A new watch first says where
   * the project stands, so that a reconnection before any change still resumes from there. Membership is checked
   * when the watch starts (and again on each reconnection).
   */
  project: projectProcedure('read')
    .input(
      z.object({
        projectId: z.uuid(),
        lastEventId: z
          .string()
          .regex(/^\d{1,15}$/)
          .nullish(),
      }),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      let after = input.lastEventId ? Number(input.lastEventId) : undefined;
      if (after === undefined) {
        after = (await projectHead(ctx.db, input.projectId)) ?? 0;
        const start: ProjectChange = { position: after, events: [] };
        yield tracked(String(after), start);
      }
      const changes = watchProject(ctx.db, input.projectId, after, signal ?? new AbortController().signal);
      for await (const change of changes) yield tracked(String(change.position), change);
    }),
});
