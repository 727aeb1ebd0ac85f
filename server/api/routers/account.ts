import { TRPCError } from '@trpc/server';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { authFor, PASSWORD_MAX, PASSWORD_MIN } from '../../auth';
import { createRouter, publicProcedure } from '../trpc';
import { BROKEN_TEXT, email, isWellFormed, text } from '../input';

const password = z
  .string()
  .min(PASSWORD_MIN, `A password has at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters`)
  .refine(isWellFormed, BROKEN_TEXT);

/**
 * Sign-up, sign-in and sign-out, handed to Better Auth; the session cookie it sets is passed on to the HTTP answer.
 * These are not events: accounts are personal data and live outside the log.
 */
export const accountRouter = createRouter({
  me: publicProcedure.query(({ ctx }) => ctx.currentUser()),

  signUp: publicProcedure
    .input(z.strictObject({ name: text(60), email, password }))
    .mutation(async ({ ctx, input }) => {
      const auth = await authFor(ctx.db);
      const name = input.name.trim();
      if (!name) throw new TRPCError({ code: 'BAD_REQUEST', message: 'name: Enter your name' });
      const { headers, response } = await authCall(() =>
        auth.api.signUpEmail({ body: { ...input, name }, headers: ctx.headers, returnHeaders: true }),
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
      const { headers, response } = await authCall(() =>
        auth.api.signInEmail({ body: input, headers: ctx.headers, returnHeaders: true }),
      );
      passCookies(headers, ctx.resHeaders);
      return { id: response.user.id, name: response.user.name, email: response.user.email };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const auth = await authFor(ctx.db);
    const { headers } = await authCall(() => auth.api.signOut({ headers: ctx.headers, returnHeaders: true }));
    passCookies(headers, ctx.resHeaders);
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

/** Better Auth's refusals carry a sentence meant for people; they keep it, with the matching tRPC code. */
async function authCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof APIError) {
      const code = codeFor[String(error.status)];
      if (code) throw new TRPCError({ code, message: error.body?.message ?? error.message, cause: error });
    }
    throw error;
  }
}
