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
  const sessionUser = () => userOfSession(db, headers);
  return { db, headers, resHeaders, currentUser: once(sessionUser), sessionUser };
}

async function userOfSession(db: Database, headers: Headers): Promise<SignedInUser | null> {
  const auth = await authFor(db);
  const session = await auth.api.getSession({ headers });
  return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
}

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}
