import { asc, eq } from 'drizzle-orm';
import { people } from '../db/schema';
import type { Executor } from '../db/types';

export const listPeople = (db: Executor) => db.select().from(people).orderBy(asc(people.name));

export async function findPerson(db: Executor, id: string) {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  return person;
}

/** People are account data, not events: joining writes a row here and nothing to the log. */
export async function addPerson(db: Executor, person: { id: string; name: string }) {
  const [row] = await db.insert(people).values(person).returning();
  return row;
}
