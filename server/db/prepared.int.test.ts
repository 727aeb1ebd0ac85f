import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, newCommand } from '../tools/testing/commands';
import { databaseKind, openAnotherPool, openTestDatabase } from '../tools/testing/database';
import { executePrepared } from './prepared';
import { rowsOf } from './rows';
import type { DatabaseHandle } from './types';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe(`hot statements (${databaseKind})`, () => {
  it('answer like any statement, parameters included', async () => {
    const rows = rowsOf<{ n: number; word: string }>(
      await executePrepared(handle.db, sql`select ${41}::int + 1 as n, ${'é\u{1F600}'}::text as word`),
    );
    expect(rows).toEqual([{ n: 42, word: 'é\u{1F600}' }]);
  });

  it.runIf(databaseKind === 'PostgreSQL')(
    'are prepared once per connection and reused by every command after',
    async () => {
      // One connection, so that every command and the look at its prepared statements share it.
      const pool = await openAnotherPool(handle.db, 1);
      try {
        const { caller } = await callerAs(pool.db, 'Ana');
        const { projectId } = await caller.project.create({ ...newCommand(), name: 'Prepared', key: 'PRP' });
        const { taskId } = await caller.task.create({ ...newCommand(), projectId, title: 'Task' });
        for (const title of ['One', 'Two', 'Three']) {
          await caller.task.rename({ ...newCommand(), taskId, title });
        }
        const prepared = rowsOf<{ statement: string; uses: string }>(
          await pool.db.execute(
            sql`select statement, generic_plans + custom_plans as uses from pg_prepared_statements`,
          ),
        );
        const usesOf = (fragment: string) =>
          prepared.filter((p) => p.statement.includes(fragment)).map((p) => Number(p.uses));
        // The write of every command, and the start of the task commands (a project and a task locked).
        expect(usesOf('chronicle_write').reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
        expect(Math.max(...usesOf('from processed_commands'))).toBeGreaterThanOrEqual(3);
      } finally {
        await pool.close();
      }
    },
  );
});
