import 'server-only';
import { randomUUID } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { can, DomainError, type Permission } from '@/domain';
import type { CommandContext } from '../commands/context';
import { intentOf } from '../commands/intent';
import type { Database } from '../db/types';
import { roleOf } from '../queries/members';
import { resolveScope } from './scope';
import { toTRPCError } from './errors';

export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface TRPCContext {
  db: Database;
  /** Who sent the request, read from the session cookie on first use (most reads need it, sign-in does not). */
  currentUser: () => Promise<SignedInUser | null>;
  /** The request's headers, for the account procedures that hand them to the authentication library. */
  headers: Headers;
  /** Where a procedure may set cookies on the HTTP answer (absent for the server-side caller). */
  resHeaders?: Headers;
}

/**
 * Who may call a procedure: anyone, anyone signed in, or a member of the project the input names whose role grants
 * the permission. Every procedure declares it, and the role table test reads it back from the router.
 */
export type Access = 'public' | 'signedIn' | Permission;
export interface ProcedureMeta {
  access: Access;
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    defaultMeta: { access: 'public' },
    // A live connection that died silently (a laptop asleep, a proxy dropping idle streams) must not look alive:
    // the server pings, and a client that hears nothing for a while reconnects, resuming from its last position.
    sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
    errorFormatter({ shape, error }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const { cause } = error;
      const field =
        cause instanceof DomainError
          ? cause.field
          : cause instanceof ZodError
            ? cause.issues[0]?.path.join('.')
            : undefined;
      const message = internal
        ? 'Something went wrong on our side. Nothing was changed; please try again.'
        : cause instanceof ZodError
          ? describeZodError(cause)
          : shape.message;
      // Neither stacks nor SQL leave the server: the data carries only what a client can act on.
      return {
        message,
        code: shape.code,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, field },
      };
    },
  });

function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors).meta({ access: 'public' });

export const signedInProcedure = publicProcedure.meta({ access: 'signedIn' }).use(async ({ ctx, next }) => {
  const user = await ctx.currentUser();
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { user } });
});

/**
 * The one access check for a project's data. The project is found from whatever the input names (a project, its
 * key, a task or an event). Someone who is not a member is told the project does not exist, so that its existence
 * leaks to no one; a member whose role lacks the permission is told why.
 */
export const projectProcedure = (permission: Permission) =>
  signedInProcedure.meta({ access: permission }).use(async ({ ctx, getRawInput, next }) => {
    const scope = await resolveScope(ctx.db, await getRawInput());
    const role = scope.projectId ? await roleOf(ctx.db, scope.projectId, ctx.user.id) : undefined;
    if (!scope.projectId || !role) throw new TRPCError({ code: 'NOT_FOUND', message: scope.notFound });
    if (!can(role, permission)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `As a ${role} of this project you cannot do this` });
    }
    return next({ ctx: { projectId: scope.projectId, role } });
  });

/** Every command carries an id chosen by the client, so that sending it again is harmless. */
export const commandInput = z.object({ commandId: z.uuid(), correlationId: z.uuid().optional() });

const attachCommand = t.middleware(async ({ ctx, input, path, getRawInput, next }) => {
  const user = await ctx.currentUser();
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  const { commandId, correlationId } = commandInput.parse(input);
  const command: CommandContext = {
    db: ctx.db,
    actorId: user.id,
    commandId,
    correlationId,
    intent: intentOf(path, await getRawInput()),
    now: () => new Date(),
    newId: randomUUID,
  };
  return next({ ctx: { command } });
});

/** A command on an existing project, for members whose role grants the permission. */
export const commandProcedure = (permission: Permission) =>
  projectProcedure(permission).input(commandInput).use(attachCommand);

/** A command that needs no project yet (creating one). */
export const signedInCommandProcedure = signedInProcedure.input(commandInput).use(attachCommand);
