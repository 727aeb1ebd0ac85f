import 'server-only';
import { randomUUID } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { COMMANDS, DomainError, requireGrant, type CommandOf, type CommandType, type Permission } from '@/domain';
import type { CommandContext } from '../commands/context';
import { executeCommand } from '../commands/execute';
import { intentOf } from '../commands/intent';
import type { Database } from '../db/types';
import { invitationToken } from './input';
import {
  invitationOfToken,
  SCOPES,
  scopedProject,
  type ScopedProject,
  type ScopeField,
  type ScopeValue,
} from './scope';
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
  /** Whose session the request's cookie names now, read again at each call: a long-lived stream asks it again. */
  sessionUser: () => Promise<SignedInUser | null>;
  /** The request's headers, for the account procedures that hand them to the authentication library. */
  headers: Headers;
  /** Where a procedure may set cookies on the HTTP answer (absent for the server-side caller). */
  resHeaders?: Headers;
  /** The projects and roles the request's access checks found, so that each is looked up once a request. */
  scopes?: Map<string, Promise<ScopedProject | undefined>>;
}

/**
 * Who may call a procedure: anyone, anyone signed in, the person an invitation is for, or a member of the project the
 * input names whose role grants the permission. Every procedure declares it, and the role table test reads it back
 * from the router.
 */
export type Access = 'public' | 'signedIn' | 'invitee' | Permission;
export interface ProcedureMeta {
  access: Access;
  /**
   * The one input field that names the project, for procedures about one project: one of SCOPES for its members, an
   * invitation link's `token` for its invitee.
   */
  scope?: ScopeField | 'token';
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
        cause instanceof DomainError ? cause.field : cause instanceof ZodError ? fieldOf(cause.issues[0]) : undefined;
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

/** The field an input error is about; a field the procedure does not take is named by the key itself. */
function fieldOf(issue: z.core.$ZodIssue | undefined): string | undefined {
  if (!issue) return undefined;
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return [path, issue.keys[0]].filter(Boolean).join('.');
  return path || undefined;
}

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
 * The one access check for a project's data. A procedure names its project by exactly one declared field (`scope`),
 * which the builder adds to its strict input: an input with any field the procedure does not declare is refused
 * before access is decided. The check reads that field of the parsed input, resolves the project once, and hands it
 * on as `ctx.project`: the procedure reads and changes that project, and checks any other id it is given against it.
 * Someone who is not a member is told the project does not exist, so that its existence leaks to no one; a member
 * whose role lacks the permission is told why.
 */
export function projectProcedure<F extends ScopeField, S extends z.ZodRawShape>(
  permission: Permission,
  scope: F,
  shape: S,
) {
  const input = z.strictObject({ ...shape, [scope]: SCOPES[scope].schema }) as z.ZodObject<
    S & Record<F, (typeof SCOPES)[F]['schema']>,
    z.core.$strict
  >;
  return signedInProcedure
    .meta({ access: permission, scope })
    .input(input)
    .use(async ({ ctx, input, type, next }) => {
      const named = (input as Record<F, ScopeValue<F>>)[scope];
      // Reads of one request share what was found; a change may alter it for what follows in the same batch.
      const memo = type === 'mutation' ? undefined : ctx.scopes;
      const project = await scopedProject(ctx.db, scope, named, ctx.user.id, memo);
      if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: SCOPES[scope].notFound });
      requireGrant(project.role, permission);
      if (type === 'mutation') ctx.scopes?.clear();
      return next({ ctx: { project } });
    });
}

/**
 * The same check for the person an invitation is for, who has no role in its project yet. The link's token is the one
 * declared field that names the project: the check verifies the token, reads the invitation it names (and through it
 * the project, never from the input) and requires the signed-in account to have the address invited, then hands the
 * invitation on as `ctx.invitation`. A token this app did not make, or whose invitation is closed, is not found; an
 * invitation for another address is refused.
 */
export function invitationProcedure<S extends z.ZodRawShape>(shape: S) {
  return signedInProcedure
    .meta({ access: 'invitee', scope: 'token' })
    .input(z.strictObject({ ...shape, token: invitationToken }))
    .use(async ({ ctx, input, next }) => {
      const invitation = await invitationOfToken(ctx.db, (input as { token: string }).token, ctx.user);
      return next({ ctx: { invitation } });
    });
}

/** Every command carries an id chosen by its sender, so that sending it again is harmless. */
const commandFields = { commandId: z.uuid(), correlationId: z.uuid().optional() };
type CommandFields = z.infer<z.ZodObject<typeof commandFields>>;

/** What a command's procedure takes: the command's own schema (the domain's) without its type, and its id. */
const inputOf = <T extends CommandType>(type: T) => {
  const fields = Object.fromEntries(Object.entries(COMMANDS[type].shape).filter(([name]) => name !== 'type'));
  return { ...commandFields, ...fields } as typeof commandFields & Omit<(typeof COMMANDS)[T]['shape'], 'type'>;
};

/** The command the input is, with the context of its sender: what `executeCommand` takes. */
function sending<T extends CommandType>(
  type: T,
  db: Database,
  user: SignedInUser,
  procedure: string,
  input: unknown,
  project?: { id: string; permission?: Permission },
) {
  const { commandId, correlationId, ...fields } = input as CommandFields;
  const sent = { ...fields, type } as CommandOf<T>;
  const context: CommandContext = {
    db,
    actorId: user.id,
    commandId,
    correlationId,
    intent: intentOf(procedure, sent),
    now: () => new Date(),
    newId: randomUUID,
    project,
  };
  return { command: context, sent };
}

/**
 * A command on an existing project, for members whose role grants the permission; `ctx.sent` is the command and
 * `ctx.command` its sender's context, for `executeCommand`. The project the access check approved goes with it.
 */
export const projectCommandProcedure = <F extends ScopeField, T extends CommandType>(
  permission: Permission,
  scope: F,
  type: T,
) =>
  projectProcedure(permission, scope, inputOf(type)).use(({ ctx, input, path, next }) =>
    next({ ctx: sending(type, ctx.db, ctx.user, path, input, { id: ctx.project.id, permission }) }),
  );

/** A command of an invitation's invitee on its project: the invitation names the project, and grants no role. */
export const invitationCommandProcedure = <T extends CommandType>(type: T, fields: (invitationId: string) => object) =>
  invitationProcedure(commandFields).use(({ ctx, input, path, next }) =>
    next({
      ctx: sending(
        type,
        ctx.db,
        ctx.user,
        path,
        { ...(input as CommandFields), ...fields(ctx.invitation.id) },
        {
          id: ctx.invitation.projectId,
        },
      ),
    }),
  );

/**
 * An act on a project's history (undo, restore, fork): a command of its own shape, for members whose role grants the
 * permission. `ctx.command` is its sender's context, with the project the access check approved and the role found.
 */
export const projectActProcedure = <F extends ScopeField, S extends z.ZodRawShape>(
  permission: Permission,
  scope: F,
  shape: S,
) =>
  projectProcedure(permission, scope, { ...commandFields, ...shape }).use(({ ctx, input, path, next }) => {
    const { commandId, correlationId, ...fields } = input as CommandFields;
    const command: CommandContext & { project: { id: string; permission: Permission } } = {
      db: ctx.db,
      actorId: ctx.user.id,
      commandId,
      correlationId,
      intent: intentOf(path, fields),
      now: () => new Date(),
      newId: randomUUID,
      project: { id: ctx.project.id, permission },
    };
    return next({ ctx: { command } });
  });

/** A command that needs no project yet (creating one). */
export const signedInCommandProcedure = <T extends CommandType>(type: T) =>
  signedInProcedure
    .input(z.strictObject(inputOf(type)))
    .use(({ ctx, input, path, next }) => next({ ctx: sending(type, ctx.db, ctx.user, path, input) }));

/** Routers dispatch a command in one line: its procedure validates, checks access, and hands it to the command path. */
export const projectCommand = <F extends ScopeField, T extends CommandType>(
  permission: Permission,
  scope: F,
  type: T,
) => projectCommandProcedure(permission, scope, type).mutation(({ ctx }) => executeCommand(ctx.command, ctx.sent));
export const signedInCommand = <T extends CommandType>(type: T) =>
  signedInCommandProcedure(type).mutation(({ ctx }) => executeCommand(ctx.command, ctx.sent));
