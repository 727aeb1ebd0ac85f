import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows';
import type { Executor } from '../../db/types';
import { inlineReadModels, type InlineRows, type MemoryStore } from '../../read-models';

const byKey = (a: { id?: string; position?: number }, b: { id?: string; position?: number }) =>
  String(a.id ?? a.position).localeCompare(String(b.id ?? b.position));

const inlineTables = () => inlineReadModels.flatMap((m) => Object.entries(m.tables));

/** Every inline read table's rows in a stable order, for comparing two read models row by row. */
export async function liveReadModel(db: Executor): Promise<InlineRows> {
  const tables: Record<string, object[]> = {};
  for (const [name, owned] of inlineTables()) tables[name] = (await db.select().from(owned.table)).sort(byKey);
  return tables as InlineRows;
}

export function memoryReadModel(store: MemoryStore): InlineRows {
  return Object.fromEntries(
    inlineTables().map(([name]) => [name, (store.rows(name) as { id?: string }[]).sort(byKey)]),
  ) as InlineRows;
}

/**
 * Every inline read table as its row count and a digest of its rows' text, computed in the database: for tests that
 * check, after each of hundreds of calls, that nothing at all was written (reading every row back each time made
 * them grow with the square of their fixtures). Any changed, added or removed row changes its table's entry.
 */
export async function liveReadModelDigest(db: Executor): Promise<Record<string, unknown>> {
  const digests: Record<string, unknown> = {};
  for (const [name, owned] of inlineTables()) {
    const result: unknown = await db.execute(
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, chr(10) order by t::text), '')) as digest
        from ${owned.table} as t`,
    );
    digests[name] = rowsOf(result)[0];
  }
  return digests;
}
