import { isAPIError } from 'better-auth/api';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimits } from '../db/schema';
import type { Database } from '../db/types';
import { ATTEMPT_POLICY, type AttemptPolicy, type Limit } from './attempt-policy';

/** An attempt refused by a limit, before anything was checked; `retryAfterSeconds` is when the window closes. */
export class TooManyAttempts extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'TooManyAttempts';
  }
}

export interface SignInAttempt {
  readonly email: string;
  /** The client's address (`clientAddress`), or undefined when the request names none. */
  readonly address: string | undefined;
}

export interface AttemptLimits {
  /** Runs `signIn` unless a limit refuses it, and counts it as a failure if it throws Better Auth's 401. */
  signIn<T>(attempt: SignInAttempt, signIn: () => Promise<T>): Promise<T>;
  /** Runs `signUp` unless the client's address has used up its sign-ups. */
  signUp<T>(address: string | undefined, signUp: () => Promise<T>): Promise<T>;
}

/**
 * The counters live in the `rate_limits` table, so every instance of the app counts the same attempts; each change
 * is one atomic upsert, so simultaneous attempts cannot overtake the count.
 */
export function createAttemptLimits(db: Database, policy: AttemptPolicy = ATTEMPT_POLICY): AttemptLimits {
  const perAccount = limiter(db, 'sign-in-account', policy.signInFailuresPerAccount, true);
  const perAddress = limiter(db, 'sign-in-address', policy.signInFailuresPerAddress);
  const signUps = limiter(db, 'sign-up-address', policy.signUpsPerAddress);

  return {
    async signIn({ email, address }, signIn) {
      // Better Auth looks accounts up by the lower-cased address: so does the count.
      const account = email.toLowerCase();
      await take(perAccount, account, 'Too many failed sign-ins for this account.');
      if (address) {
        await take(perAddress, address, 'Too many failed sign-ins from your network.').catch(async (error: unknown) => {
          await perAccount.reward(account);
          throw error;
        });
      }
      try {
        const result = await signIn();
        await Promise.all([perAccount.delete(account), address && perAddress.reward(address)]);
        return result;
      } catch (error) {
        // Only a wrong e-mail or password is a failure; anything else (the database, say) was no guess.
        if (!(isAPIError(error) && error.status === 'UNAUTHORIZED')) {
          await Promise.allSettled([perAccount.reward(account), address && perAddress.reward(address)]);
        }
        throw error;
      }
    },

    async signUp(address, signUp) {
      if (address) await take(signUps, address, 'Too many sign-ups from your network.');
      return signUp();
    },
  };
}

const instances = new WeakMap<Database, AttemptLimits>();

/** One set of limiters per database handle (the app has one; tests open several). */
export function attemptLimitsFor(db: Database): AttemptLimits {
  let limits = instances.get(db);
  if (!limits) {
    limits = createAttemptLimits(db);
    instances.set(db, limits);
  }
  return limits;
}

function limiter(db: Database, keyPrefix: string, limit: Limit, sweepsTable = false) {
  return new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    keyPrefix,
    points: limit.attempts,
    duration: limit.windowSeconds,
    // Each limiter would sweep the whole table of long-expired rows every few minutes: one is enough.
    clearExpiredByTimeout: sweepsTable,
  });
}

/** Counts one attempt, or refuses it with the time left in the window when the limit is already reached. */
async function take(limiter: RateLimiterDrizzle, key: string, refusal: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new TooManyAttempts(`${refusal} Try again in ${inWords(seconds)}.`, seconds);
  }
}

function inWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
