import { TRPCError } from '@trpc/server';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { attemptLimitsFor, authFor, clientAddressOf, PASSWORD_MAX, PASSWORD_MIN, TooManyAttempts } from '../../auth';
import { forgetPerson } from '../../people/forget-person';
import { projectsOnlyTheyOwn } from '../../people/last-owner';
import { BROKEN_TEXT, email, isWellFormed, text } from '../input';
import { createRouter, publicProcedure, signedInProcedure, type TRPCContext } from '../trpc';

const password = z
  .string()
  .min(PASSWORD_MIN, `A password has at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters`)
  .refine(isWellFormed, BROKEN_TEXT);

/**
 * Sign-up, sign-in and sign-out, handed to Better Auth; the session cookie it sets is passed on to the HTTP answer.
 * These are not events: accounts are personal data and live outside the log. Sign-in and sign-up are limited per
 * account and client address in the shared database (`attemptLimitsFor`): Better Auth's own limiter runs only on
 * its HTTP handler, which these calls of its API bypass.
 */
export const accountRouter = createRouter({
  me: publicProcedure.query(({ ctx }) => ctx.currentUser()),

  signUp: publicProcedure
    .input(z.strictObject({ name: text(60), email, password }))
    .mutation(async ({ ctx, input }) => {
      const auth = await authFor(ctx.db);
      const name = input.name.trim();
      if (!name) throw new TRPCError({ code: 'BAD_REQUEST', message: 'name: Enter your name' });
      const { headers, response } = await authCall(ctx, () =>
        attemptLimitsFor(ctx.db).signUp(clientAddressOf(ctx.headers), () =>
          auth.api.signUpEmail({ body: { ...input, name }, headers: ctx.headers, returnHeaders: true }),
        ),
      );
      passCookies(headers, ctx.resHeaders);
      return { id: response.user.id, name: response.user.name, email: response.user.email };
    }),

  signIn: publicProcedure
    .input(
      z.strictObject({
        email,
        password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX).refine(isWellFormed, BROKEN_TEXT),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const auth = await authFor(ctx.db);
      const attempt = { email: input.email, address: clientAddressOf(ctx.headers) };
      const { headers, response } = await authCall(ctx, () =>
        attemptLimitsFor(ctx.db).signIn(attempt, () =>
          auth.api.signInEmail({ body: input, headers: ctx.headers, returnHeaders: true }),
        ),
      );
      passCookies(headers, ctx.resHeaders);
      return { id: response.user.id, name: response.user.name, email: response.user.email };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const auth = await authFor(ctx.db);
    const { headers } = await authCall(ctx, () => auth.api.signOut({ headers: ctx.headers, returnHeaders: true }));
    passCookies(headers, ctx.resHeaders);
    return null;
  }),

  /**
   * Deletes the signed-in person's account and forgets them (README, "Forgetting a person"). The session is ended
   * first, so this answer clears its cookies; a request without a session row (only a signed cookie copy) goes on.
   */
  deleteAccount: signedInProcedure.input(z.strictObject({ commandId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const orphaned = await projectsOnlyTheyOwn(ctx.db, ctx.user.id);
    if (orphaned > 0) {
      const projects = orphaned === 1 ? 'a project' : `${orphaned} projects`;
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `You are the last owner of ${projects} with other members: make one of them an owner first.`,
      });
    }
    const auth = await authFor(ctx.db);
    try {
      const { headers } = await auth.api.signOut({ headers: ctx.headers, returnHeaders: true });
      passCookies(headers, ctx.resHeaders);
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
    }
    await forgetPerson(ctx.db, {
      userId: ctx.user.id,
      actorId: ctx.user.id,
      commandId: input.commandId,
      now: new Date(),
    });
    return null;
  }),
});

function passCookies(from: Headers, to: Headers | undefined) {
  for (const cookie of from.getSetCookie()) to?.append('Set-Cookie', cookie);
}

const codeFor: Partial<Record<string, TRPCError['code']>> = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  BAD_REQUEST: 'BAD_REQUEST',
  UNPROCESSABLE_ENTITY: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

/**
 * Without outgoing e-mail there is no private way to tell an address's owner that someone tried to sign up with it,
 * so sign-up says the address cannot be used, in words that do not echo Better Auth's, and points to sign-in.
 * Sign-ups per client address are limited (docs/security.md, "Accounts and access").
 */
const ADDRESS_TAKEN = 'email: This e-mail address cannot be used for a new account. If it is yours, sign in instead.';

/**
 * Better Auth's refusals carry a sentence meant for people; they keep it, with the matching tRPC code. A refusal by
 * an attempt limit says when to try again, in the sentence and in the HTTP answer's Retry-After.
 */
async function authCall<T>(ctx: TRPCContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      ctx.resHeaders?.set('Retry-After', String(error.retryAfterSeconds));
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: error.message, cause: error });
    }
    if (error instanceof APIError && error.body?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
      throw new TRPCError({ code: 'CONFLICT', message: ADDRESS_TAKEN, cause: error });
    }
    if (error instanceof APIError) {
      const code = codeFor[String(error.status)];
      if (code) throw new TRPCError({ code, message: error.body?.message ?? error.message, cause: error });
    }
    throw error;
  }
}
