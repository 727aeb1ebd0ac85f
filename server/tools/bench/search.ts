import { sql } from 'drizzle-orm';
import { createCaller } from '../../api/root';
import type { Database } from '../../db/types';
import { contextAs } from '../testing/commands';
import { timeEach, type Timing } from './replay';

/**
 * Search on the long generated history (server/tools/bench/generate-history.ts), through the procedure as the browser
 * calls it (input parsing and the membership check included). The generator's words are few, so the common ones are
 * the worst case: "comment" is in every comment (about a fifth of the events), "generated" in every title and rename.
 */
export async function searchBenchmarks(db: Database, projectId: string, ownerId: string): Promise<Timing[]> {
  const caller = createCaller(contextAs(db, { id: ownerId, name: 'Generator', email: 'generator@example.test' }));
  const run = (q: string) => () => caller.search.query({ q, projectId });
  const samples = 30;
  // A database that grew to this size has been analysed by autovacuum, and the planner then chooses differently (the
  // search's `position + 0` is for that); the generated one is searched as such a database would be.
  await db.execute(sql`analyze`);
  // Warm the caches a running app has warm (the first statement of a connection plans and loads the indexes).
  await run('warm')();
  return [
    await timeEach('search: a word nothing has (baseline)', samples, run('nowhere')),
    await timeEach('search: a rare word, "take 4242"', samples, run('take 4242')),
    await timeEach('search: a prefix in every title, "gener"', samples, run('gener')),
    await timeEach('search: a word in every comment, "comment"', samples, run('comment')),
    await timeEach('search: a task number, "#500"', samples, run('#500')),
  ];
}
