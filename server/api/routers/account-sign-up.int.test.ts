import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttemptLimits } from '../../auth/attempt-limits';
import { ATTEMPT_POLICY } from '../../auth/attempt-policy';
import { users } from '../../db/schema';
import type { DatabaseHandle } from '../../db/types';
import { databaseKind, openTestDatabase } from '../../tools/testing/database';
import { newAddress, postAsVisitor, visitorCaller } from '../../tools/testing/visitor';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const newEmail = (local: string = randomUUID()) => `${local}@example.test`;
const userCount = async () => (await handle.db.select({ n: count() }).from(users))[0]!.n;
const accountOf = async (email: string) => (await handle.db.select().from(users).where(eq(users.email, email)))[0];
const signUp = (input: { name: string; email: string; password: string }, address?: string) =>
  postAsVisitor(handle.db, 'account.signUp', input, address);

describe(`sign-up on ${databaseKind}`, () => {
  it.each([
    ['password', 'This is a heavily used password.'],
    ['12345678', 'This is a heavily used password.'],
    ['qwertyuiop', 'This is a frequently used password.'],
    ['iloveyou1', 'This is a commonly used password.'],
  ])('refuses the common password %s, saying why, and makes no account', async (password, why) => {
    const before = await userCount();
    const email = newEmail();
    const answer = await signUp({ name: 'Ana Lima', email, password });
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(new RegExp(`^password: ${why.replace('.', '\\.')}`));
    expect(await userCount()).toBe(before);
    expect(await accountOf(email)).toBeUndefined();
  });

  it('refuses the e-mail address, or the name, as the password', async () => {
    const email = newEmail('ana.lima');
    for (const password of [email, 'ana.lima1', 'Ana Lima 1']) {
      const answer = await signUp({ name: 'Ana Lima', email, password });
      expect(answer.status).toBe(400);
      expect(answer.message).toContain('password: It contains your name, your e-mail address or the name of this app.');
    }
    expect(await accountOf(email)).toBeUndefined();
  });

  it("accepts the demo accounts' password and signs the new account in", async () => {
    const email = newEmail();
    const { caller, resHeaders } = visitorCaller(handle.db, newAddress());
    await caller.account.signUp({ name: 'Ben Carter', email, password: 'chronicle-demo' });
    expect(await accountOf(email)).toMatchObject({ name: 'Ben Carter' });
    expect(resHeaders.getSetCookie().join()).toContain('chronicle.session_token=');
  });

  it('answers an address already taken with a sentence of its own that points to sign-in, and changes nothing', async () => {
    const email = newEmail();
    await signUp({ name: 'Ana', email, password: 'long enough' });
    const before = await userCount();
    const answer = await signUp({ name: 'Someone else', email: email.toUpperCase(), password: 'another long one' });
    expect(answer).toMatchObject({
      status: 409,
      message: 'email: This e-mail address cannot be used for a new account. If it is yours, sign in instead.',
    });
    expect(answer.text).not.toMatch(/already exists/i);
    expect(await userCount()).toBe(before);
    expect(await accountOf(email)).toMatchObject({ name: 'Ana' });
  });

  it('counts every sign-up from an address, and refuses the one past the limit before anything is checked', async () => {
    const address = newAddress();
    const { attempts } = ATTEMPT_POLICY.signUpsPerAddress;
    // Another instance of the app saw all but one of the hour's sign-ups from this address.
    const elsewhere = createAttemptLimits(handle.db);
    for (let i = 0; i < attempts - 1; i++) await elsewhere.signUp(address, () => Promise.resolve());
    expect((await signUp({ name: 'Last', email: newEmail(), password: 'long enough' }, address)).status).toBe(200);

    const before = await userCount();
    for (const password of ['long enough', 'password']) {
      const refused = await signUp({ name: 'One more', email: newEmail(), password }, address);
      expect(refused.status).toBe(429);
      expect(refused.message).toMatch(/^Too many sign-ups from your network\. Try again in (59|60) minutes\.$/);
      expect(Number(refused.retryAfter)).toBeGreaterThan(3500);
    }
    expect(await userCount()).toBe(before);
    expect((await signUp({ name: 'Next door', email: newEmail(), password: 'long enough' }, newAddress())).status).toBe(
      200,
    );
  });
});
