import 'server-only';
import { randomUUID } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { DomainError } from '@/domain';
import type { CommandContext } from '../commands/context';
import type { Database } from '../db/types';
import { findPerson } from '../queries/people';
import { toTRPCError } from './errors';

export interface TRPCContext {
  db: Database;
  /** The person the browser says it is (a cookie); checked against the people table before any command. */
  personId: string | undefined;
  /** Where a procedure may set cookies on the HTTP answer (absent for the server-side caller). */
  resHeaders?: Headers;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
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
export const publicProcedure = t.procedure.use(mapDomainErrors);

/** Procedures that need to know who is asking: until accounts exist, a person chosen on first visit. */
export const personProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const person =
    ctx.personId && z.uuid().safeParse(ctx.personId).success ? await findPerson(ctx.db, ctx.personId) : undefined;
  if (!person) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Choose who you are before making changes' });
  return next({ ctx: { person } });
});

/** Every command carries an id chosen by the client, so that sending it again is harmless. */
export const commandInput = z.object({ commandId: z.uuid(), correlationId: z.uuid().optional() });

export const commandProcedure = personProcedure.input(commandInput).use(({ ctx, input, next }) => {
  const command: CommandContext = {
    db: ctx.db,
    actorId: ctx.person.id,
    commandId: input.commandId,
    correlationId: input.correlationId,
    now: () => new Date(),
    newId: randomUUID,
  };
  return next({ ctx: { command } });
});
