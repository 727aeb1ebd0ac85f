import { drizzleAdapter } from '@better-auth/drizzle-adapter';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { authAccounts, sessions, users, verifications } from '../db/schema';
import type { Database } from '../db/types';
import { passwordWeakness } from './password-strength';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * Every account made through Better Auth (the sign-up procedure, the demo seed, the load and bench scripts) gets a
 * password that is not easy to guess. Sign-up is the only place the app sets one: Better Auth's endpoints that
 * change or reset a password are reachable only through its HTTP handler, which the app does not serve.
 */
const refuseWeakPasswords = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== '/sign-up/email') return;
  const { email, name, password } = (ctx.body ?? {}) as Record<string, unknown>;
  // Anything else is refused by the endpoint's own validation.
  if (typeof email !== 'string' || typeof name !== 'string' || typeof password !== 'string') return;
  const weakness = await passwordWeakness(password, { email, name });
  // The field's name before the sentence, as in every validation message: the form marks that field.
  if (weakness) throw new APIError('BAD_REQUEST', { message: `password: ${weakness}`, code: 'PASSWORD_TOO_EASY' });
});

/**
 * Better Auth owns passwords (salted scrypt hashes) and sessions (rows in `sessions`, named by an http-only,
 * same-site cookie). The app never calls its HTTP handler: the account procedures of the tRPC router call its API,
 * so that the browser reaches the server one way only.
 */
export function createAuth(db: Database, options: { secret: string; appUrl: string | undefined }) {
  return betterAuth({
    appName: 'Chronicle',
    secret: options.secret,
    baseURL: options.appUrl,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: authAccounts, verification: verifications },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX },
    hooks: { before: refuseWeakPasswords },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a cookie spares most requests the two statements that look it up. A session
      // ended elsewhere is thus still honoured by ordinary requests for up to this long; a live stream and anything
      // else that must know at once reads the session itself (server/api/request-context.ts).
      cookieCache: { enabled: true, maxAge: 60 },
    },
    telemetry: { enabled: false },
    // Its warnings (a wrong password, no base URL when APP_URL is unset) are expected here, not news.
    logger: { level: 'error' },
    advanced: {
      cookiePrefix: 'chronicle',
      database: { generateId: 'uuid' },
      // Plain http on localhost must still be able to sign in; an https APP_URL turns Secure on.
      useSecureCookies: options.appUrl?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
