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
