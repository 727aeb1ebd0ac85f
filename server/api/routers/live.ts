import { tracked } from '@trpc/server';
import { z } from 'zod';
import { can } from '@/domain';
import { projectHead, watchProject, type ProjectChange } from '../../live';
import { roleOf } from '../../queries/members';
import { createRouter, projectProcedure, type SignedInUser, type TRPCContext } from '../trpc';

export const liveRouter = createRouter({
  /**
   * A project's changes as they commit, over server-sent events. Each message's id is the last position it covers;
   * a reconnecting browser sends it back as `lastEventId` and resumes right after it. A new watch first says where
   * the project stands, so that a reconnection before any change still resumes from there. Access is checked when
   * the watch starts and again before every read: once the person signs out or is removed from the project, nothing
   * more is delivered and the stream ends (at their removal's event, or at the next poll after signing out).
   */
  project: projectProcedure('read', 'projectId', {
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/)
      .nullish(),
  }).subscription(async function* ({ ctx, input, signal }) {
    const projectId = ctx.project.id;
    let after = input.lastEventId ? Number(input.lastEventId) : undefined;
    if (after === undefined) {
      after = (await projectHead(ctx.db, projectId)) ?? 0;
      const start: ProjectChange = { position: after, events: [] };
      yield tracked(String(after), start);
    }
    const changes = watchProject(ctx.db, projectId, after, signal ?? new AbortController().signal, {
      allowed: () => stillReads(ctx, projectId),
    });
    for await (const change of changes) yield tracked(String(change.position), change);
  }),
});

async function stillReads(ctx: TRPCContext & { user: SignedInUser }, projectId: string) {
  const user = await ctx.sessionUser();
  return user?.id === ctx.user.id && can(await roleOf(ctx.db, projectId, user.id), 'read');
}
