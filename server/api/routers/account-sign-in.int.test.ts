import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { APIError } from 'better-auth/api';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAttemptLimits } from '../../auth/attempt-limits';
import { authFor } from '../../auth';
import { sessions } from '../../db/schema';
import type { DatabaseHandle } from '../../db/types';
import { databaseKind, openAnotherPool, openTestDatabase } from '../../tools/testing/database';
import { newAddress, postAsVisitor, visitorCaller } from '../../tools/testing/visitor';

const PASSWORD = 'long enough';
const WRONG = 'not the password';
const INVALID = 'Invalid email or password';

let handle: DatabaseHandle;
/** On PostgreSQL a second pool on the same database, as a second instance of the app holds. */
let other: DatabaseHandle | undefined;
beforeAll(async () => {
  handle = await openTestDatabase();
  other = handle.kind === 'postgres' ? await openAnotherPool(handle.db, 4) : undefined;
});
afterAll(async () => {
  await other?.close();
  await handle.close();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function newAccount() {
  const email = `${randomUUID()}@example.test`;
  const { id } = await visitorCaller(handle.db).caller.account.signUp({ name: 'Sia', email, password: PASSWORD });
  return { id, email };
}

const sessionsOf = async (userId: string) =>
  (await handle.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)))[0]!.n;

/** Better Auth's check of the password, watched: a refused attempt must not reach it. */
const watchPasswordChecks = async () => vi.spyOn((await authFor(handle.db)).api, 'signInEmail');

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe(`sign-in limits on ${databaseKind}`, () => {
  it('refuses an account after 5 wrong passwords, the right one too, with Retry-After, until 15 minutes pass', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { id, email } = await newAccount();
    const address = newAddress();
    for (let i = 0; i < 5; i++) {
      expect(await postAsVisitor(handle.db, 'account.signIn', { email, password: WRONG }, address)).toMatchObject({
        status: 401,
        message: INVALID,
      });
    }
    const checks = await watchPasswordChecks();
    for (const password of [WRONG, PASSWORD]) {
      expect(await postAsVisitor(handle.db, 'account.signIn', { email, password }, address)).toMatchObject({
        status: 429,
        retryAfter: '900',
        message: 'Too many failed sign-ins for this account. Try again in 15 minutes.',
      });
    }
    vi.setSystemTime(Date.now() + 14 * 60_000);
    expect(await postAsVisitor(handle.db, 'account.signIn', { email, password: PASSWORD }, address)).toMatchObject({
      status: 429,
      retryAfter: '60',
      message: 'Too many failed sign-ins for this account. Try again in 1 minute.',
    });
    expect(checks).not.toHaveBeenCalled();
    expect(await sessionsOf(id), 'a refused sign-in makes no session').toBe(1);

    vi.setSystemTime(Date.now() + 60_001);
    expect(await postAsVisitor(handle.db, 'account.signIn', { email, password: PASSWORD }, address)).toMatchObject({
      status: 200,
    });
    expect(await sessionsOf(id)).toBe(2);
  });

  it('holds for the account whatever address a request claims, and for a request without one', async () => {
    const { email } = await newAccount();
    for (let i = 0; i < 5; i++) {
      await expect(
        visitorCaller(handle.db, newAddress()).caller.account.signIn({ email, password: WRONG }),
      ).rejects.toThrow(INVALID);
    }
    const checks = await watchPasswordChecks();
    for (const address of [newAddress(), 'not an address', undefined]) {
      const answer = await visitorCaller(handle.db, address)
        .caller.account.signIn({ email, password: PASSWORD })
        .catch(codeOf);
      expect(answer, `from ${address ?? 'no address'}`).toBe('TOO_MANY_REQUESTS');
    }
    expect(checks).not.toHaveBeenCalled();
  });

  it('answers an unknown e-mail address exactly as a wrong password, and limits it alike', async () => {
    const { email } = await newAccount();
    const unknown = `${randomUUID()}@example.test`;
    for (let i = 0; i < 6; i++) {
      const [wrong, nobody] = await Promise.all(
        [email, unknown].map((address) =>
          postAsVisitor(handle.db, 'account.signIn', { email: address, password: WRONG }),
        ),
      );
      expect(nobody!.status).toBe(i < 5 ? 401 : 429);
      expect(nobody!.text).toBe(wrong!.text);
    }
  });

  it('lets 5 of 12 simultaneous wrong passwords be checked, half of them sent to another instance', async () => {
    const { email } = await newAccount();
    const checks = await watchPasswordChecks();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        visitorCaller((i % 2 && other ? other : handle).db, newAddress())
          .caller.account.signIn({ email, password: WRONG })
          .catch(codeOf),
      ),
    );
    expect(answers.filter((a) => a === 'UNAUTHORIZED')).toHaveLength(5);
    expect(answers.filter((a) => a === 'TOO_MANY_REQUESTS')).toHaveLength(7);
    // The spy watches this handle's Better Auth: on PostgreSQL the other instance checked the rest.
    expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('refuses an address that failed at 100 accounts within the hour, also for the right password, and no other', async () => {
    const address = newAddress();
    // The failures are counted by another instance of the app, as any of them may have seen the sprayer.
    const elsewhere = createAttemptLimits((other ?? handle).db);
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, () =>
          elsewhere
            .signIn({ email: `${randomUUID()}@example.test`, address }, () =>
              Promise.reject(new APIError('UNAUTHORIZED')),
            )
            .catch(() => undefined),
        ),
      );
    }
    const { id, email } = await newAccount();
    const checks = await watchPasswordChecks();
    const refused = await postAsVisitor(handle.db, 'account.signIn', { email, password: PASSWORD }, address);
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/^Too many failed sign-ins from your network\. Try again in (59|60) minutes\.$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(3500);
    expect(checks).not.toHaveBeenCalled();
    expect(await sessionsOf(id)).toBe(1);

    expect((await postAsVisitor(handle.db, 'account.signIn', { email, password: PASSWORD }, newAddress())).status).toBe(
      200,
    );
  });
});
