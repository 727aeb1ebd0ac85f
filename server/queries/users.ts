import { randomUUID } from 'node:crypto';
import { users } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * An account row without any way to sign in: for tests and benchmarks, which act through callers and need no
 * password hashing. People make accounts through `account.signUp`.
 */
export async function insertUser(db: Executor, name: string, email = `${randomUUID()}@example.test`) {
  const [user] = await db.insert(users).values({ name, email }).returning({
    id: users.id,
    name: users.name,
    email: users.email,
  });
  if (!user) throw new Error('could not add a user');
  return user;
}
