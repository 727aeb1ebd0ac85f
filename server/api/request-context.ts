import 'server-only';
import { authFor } from '../auth';
import { runtime } from '../runtime';
import type { Database } from '../db/types';
import { toTRPCError } from './errors';
import type { SignedInUser, TRPCContext } from './trpc';

/** The context of one request, from its headers: the HTTP handler and the server-side caller both build it here. */
export async function createRequestContext(headers: Headers, resHeaders?: Headers): Promise<TRPCContext> {
  // Runs before any procedure and outside their error mapping: tRPC answers what is thrown here for every call of
  // the request, and as a 500 unless it is a TRPCError (the folder held by another process is a 503).
  const { db } = await runtime().catch((error: unknown) => {
    throw toTRPCError(error) ?? error;
  });
  return requestContext(db, headers, resHeaders);
}

/** The same on a given database (tests open several). */
export function requestContext(db: Database, headers: Headers, resHeaders?: Headers): TRPCContext {
  return {
    db,
    headers,
    resHeaders,
    currentUser: once(() => userOfSession(db, headers, { resHeaders, cached: true })),
    sessionUser: () => userOfSession(db, headers, { cached: false }),
    scopes: new Map(),
  };
}

/**
 * The signed-in person. `cached` takes the session from its signed cookie copy while that is fresh (a minute, see
 * server/auth/auth.ts); Better Auth renews the copy when it reads the session row, on the answer when there is one.
 */
async function userOfSession(
  db: Database,
  headers: Headers,
  { resHeaders, cached }: { resHeaders?: Headers; cached: boolean },
): Promise<SignedInUser | null> {
  const auth = await authFor(db);
  const { headers: answer, response: session } = await auth.api.getSession({
    headers,
    query: { disableCookieCache: !cached },
    returnHeaders: true,
  });
  if (cached) for (const cookie of answer.getSetCookie()) resHeaders?.append('Set-Cookie', cookie);
  return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
}

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}
