import { randomUUID } from 'node:crypto';
import { APIError } from 'better-auth/api';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { databaseKind, openAnotherPool, openTestDatabase } from '../tools/testing/database';
import { createAttemptLimits, TooManyAttempts, type AttemptLimits } from './attempt-limits';
import { ATTEMPT_POLICY, type AttemptPolicy } from './attempt-policy';

/** Small numbers and a one-minute window, so that a test reaches every limit in a few calls. */
const POLICY: AttemptPolicy = {
  signInFailuresPerAccount: { attempts: 3, windowSeconds: 60 },
  signInFailuresPerAddress: { attempts: 4, windowSeconds: 60 },
  signUpsPerAddress: { attempts: 2, windowSeconds: 60 },
};

let handle: DatabaseHandle;
/** On PostgreSQL a second pool on the same database, as another instance of the app would hold. */
let other: DatabaseHandle | undefined;
let first: AttemptLimits;
let second: AttemptLimits;
beforeAll(async () => {
  handle = await openTestDatabase();
  other = handle.kind === 'postgres' ? await openAnotherPool(handle.db, 4) : undefined;
  first = createAttemptLimits(handle.db, POLICY);
  // The embedded database belongs to one process: there, the second instance is a second set of limiters on it.
  second = createAttemptLimits((other ?? handle).db, POLICY);
});
afterAll(async () => {
  await other?.close();
  await handle.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const newEmail = () => `${randomUUID()}@example.test`;
const newAddress = () => `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

/** What the sign-in said: 'ok', Better Auth's 401, or the refusal of a limit; `ran` tells whether it got that far. */
async function signIn(limits: AttemptLimits, email: string, address: string | undefined, right: boolean) {
  let ran = false;
  try {
    await limits.signIn({ email, address }, () => {
      ran = true;
      return right ? Promise.resolve('session') : Promise.reject(new APIError('UNAUTHORIZED'));
    });
    return { answer: 'ok', ran };
  } catch (error) {
    if (error instanceof TooManyAttempts) return { answer: 'refused', ran, message: error.message, error };
    if (error instanceof APIError) return { answer: 'wrong', ran };
    throw error;
  }
}

describe(`attempt limits on ${databaseKind}`, () => {
  it('refuses an account after its failures, without trying the password, until the window closes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const email = newEmail();
    for (let i = 0; i < 3; i++)
      expect(await signIn(first, email, undefined, false)).toEqual({ answer: 'wrong', ran: true });
    const refused = await signIn(first, email, undefined, true);
    expect(refused).toMatchObject({ answer: 'refused', ran: false });
    expect(refused.message).toBe('Too many failed sign-ins for this account. Try again in 1 minute.');
    expect(refused.error?.retryAfterSeconds).toBe(60);

    vi.setSystemTime(Date.now() + 45_000);
    expect((await signIn(first, email, undefined, true)).message).toMatch(/Try again in 15 seconds\.$/);
    vi.setSystemTime(Date.now() + 15_001);
    expect(await signIn(first, email, undefined, true)).toEqual({ answer: 'ok', ran: true });
  });

  it('counts an account by its lower-cased address, as Better Auth finds it', async () => {
    const email = newEmail();
    for (const variant of [email, email.toUpperCase(), email]) await signIn(first, variant, undefined, false);
    expect(await signIn(first, email.toUpperCase(), undefined, true)).toMatchObject({ answer: 'refused' });
  });

  it("clears an account's failures when it signs in", async () => {
    const email = newEmail();
    for (let i = 0; i < 2; i++) await signIn(first, email, undefined, false);
    await signIn(first, email, undefined, true);
    for (let i = 0; i < 3; i++) expect((await signIn(first, email, undefined, false)).answer).toBe('wrong');
    expect((await signIn(first, email, undefined, true)).answer).toBe('refused');
  });

  it('counts the failures of one account on both app instances together', async () => {
    const email = newEmail();
    await signIn(first, email, newAddress(), false);
    await signIn(second, email, newAddress(), false);
    await signIn(first, email, newAddress(), false);
    expect(await signIn(second, email, newAddress(), true)).toMatchObject({ answer: 'refused', ran: false });
    expect(await signIn(first, email, undefined, true)).toMatchObject({ answer: 'refused', ran: false });
  });

  it('lets exactly the limit through when guesses at one account arrive at once on both instances', async () => {
    const email = newEmail();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(i % 2 ? first : second, email, newAddress(), false)),
    );
    expect(answers.filter((a) => a.ran)).toHaveLength(3);
    expect(answers.filter((a) => a.answer === 'refused')).toHaveLength(9);
  });

  it('refuses an address after failures across accounts (spraying), on either instance, and only that address', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) {
      expect((await signIn(i % 2 ? first : second, newEmail(), address, false)).answer).toBe('wrong');
    }
    const refused = await signIn(first, newEmail(), address, true);
    expect(refused).toMatchObject({ answer: 'refused', ran: false });
    expect(refused.message).toBe('Too many failed sign-ins from your network. Try again in 1 minute.');
    expect((await signIn(second, newEmail(), newAddress(), true)).answer).toBe('ok');
  });

  it('lets exactly the limit of failures from one address through when they arrive at once', async () => {
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(i % 2 ? first : second, newEmail(), address, false)),
    );
    expect(answers.filter((a) => a.ran)).toHaveLength(4);
  });

  it('does not hold against an account the attempt its address refused', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) await signIn(first, newEmail(), address, false);
    const email = newEmail();
    for (let i = 0; i < 5; i++) expect((await signIn(first, email, address, true)).answer).toBe('refused');
    expect((await signIn(first, email, newAddress(), true)).answer).toBe('ok');
  });

  it("gives a success its point back, so successes never use up an address's limit nor hide its failures", async () => {
    const address = newAddress();
    const email = newEmail();
    // A sign-in holds its point while it runs: as many at once as the limit, each to an account of its own.
    const successes = await Promise.all(Array.from({ length: 4 }, () => signIn(first, newEmail(), address, true)));
    expect(successes.map((s) => s.answer)).toEqual(['ok', 'ok', 'ok', 'ok']);
    for (let i = 0; i < 10; i++) expect((await signIn(second, email, address, true)).answer).toBe('ok');
    for (let i = 0; i < 4; i++) {
      await signIn(first, newEmail(), address, false);
      await signIn(first, email, address, true);
    }
    expect((await signIn(first, email, address, true)).answer).toBe('refused');
  });

  it("lets the app's own policy pass the load test's 50 sign-ins at once from one address, and many in a row", async () => {
    const limits = createAttemptLimits(handle.db, ATTEMPT_POLICY);
    const address = newAddress();
    const load = await Promise.all(Array.from({ length: 50 }, () => signIn(limits, newEmail(), address, true)));
    expect(load.filter((a) => a.answer === 'ok')).toHaveLength(50);
    // The browser suite signs in as the demo accounts some 40 times a run from 127.0.0.1.
    const email = newEmail();
    for (let i = 0; i < 100; i++) expect((await signIn(limits, email, address, true)).answer).toBe('ok');
  });

  it('does not count an attempt that failed for another reason than a wrong password', async () => {
    const email = newEmail();
    const address = newAddress();
    for (let i = 0; i < 5; i++) {
      await expect(
        first.signIn({ email, address }, () => Promise.reject(new Error('connection lost'))),
      ).rejects.toThrow('connection lost');
    }
    expect((await signIn(first, email, address, true)).answer).toBe('ok');
  });

  it('limits sign-ups per address whatever they answer, and a request without an address not at all', async () => {
    const address = newAddress();
    let ran = 0;
    const taken = () => {
      ran++;
      return Promise.reject(new APIError('UNPROCESSABLE_ENTITY'));
    };
    await expect(first.signUp(address, taken)).rejects.toBeInstanceOf(APIError);
    await second.signUp(address, () => Promise.resolve(ran++));
    await expect(first.signUp(address, taken)).rejects.toThrow(
      new TooManyAttempts('Too many sign-ups from your network. Try again in 1 minute.', 60),
    );
    expect(ran).toBe(2);
    for (let i = 0; i < 5; i++) await first.signUp(undefined, () => Promise.resolve(ran++));
    expect(ran).toBe(7);
  });
});
