import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appSecrets } from '../db/schema';
import type { Database } from '../db/types';

/**
 * The key that signs session cookies. A newcomer should not have to invent one, and every instance of the app must
 * use the same: so the first instance to start makes it and the database keeps it (the first insert wins a race).
 */
export async function sessionSecret(db: Database, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  await db
    .insert(appSecrets)
    .values({ name: 'session', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, 'session'));
  if (!row) throw new Error('The session secret could not be stored');
  return row.value;
}
