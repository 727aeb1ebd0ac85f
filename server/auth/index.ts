import { env } from '../env';
import type { Database } from '../db/types';
import { createAuth, type Auth } from './auth';
import { clientAddress } from './client-address';
import { sessionSecret } from './secret';

const instances = new WeakMap<Database, Promise<Auth>>();

/** One Better Auth instance per database handle (the app has one; tests open several). */
export function authFor(db: Database): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = sessionSecret(db, env.AUTH_SECRET).then((secret) => createAuth(db, { secret, appUrl: env.APP_URL }));
    instances.set(db, auth);
  }
  return auth;
}

/** The address a request came from, read as the deployment's proxies (TRUSTED_PROXIES) leave it. */
export const clientAddressOf = (headers: Headers) => clientAddress(headers, env.TRUSTED_PROXIES);

export type { Auth } from './auth';
export { PASSWORD_MAX, PASSWORD_MIN } from './auth';
export { attemptLimitsFor, TooManyAttempts } from './attempt-limits';
