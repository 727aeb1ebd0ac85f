import { eq, getTableColumns, sql, type AnyColumn } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { eventPosition } from '../db/schema';
import type { Database, Executor } from '../db/types';
import { readAll } from '../event-store';
import { memoryStoreFor } from './index';
import type { MemoryStore } from './memory-store';
import type { ReadModel } from './define';
import { inlineReadModels } from './registry';
import { applyEvents } from './store';

const INSERT_CHUNK = 5_000;
/** A plain multi-row INSERT binds each value, and PostgreSQL takes at most 65,535 parameters a statement. */
const PLAIN_INSERT_CHUNK = 500;

type Progress = (position: number, applied: number) => void;

/**
 * Builds every inline read table again from the whole log, beside the live ones: the events are folded in memory by
 * the same read-model code the command path runs, while the app goes on serving. Then, holding the position counter
 * (so no command can append until the switch is done), the events that arrived meanwhile are folded too and the
 * tables are replaced in one transaction: readers see the old rows until it commits, and no command's inline update
 * can fall between the old rows and the new ones.
 */
export async function rebuildReadModels(
  db: Database,
  { batchSize = 5_000, onProgress }: { batchSize?: number; onProgress?: Progress } = {},
) {
  const { folded, rows } = memoryStoreFor(inlineReadModels);
  const built = await foldFrom(db, folded, rows, { after: 0, applied: 0 }, batchSize, onProgress);
  return db.transaction(async (tx) => {
    await tx.select().from(eventPosition).where(eq(eventPosition.id, 1)).for('update');
    const { applied } = await foldFrom(tx, folded, rows, built, batchSize, onProgress);
    const tables = folded.flatMap((model) => Object.entries(model.tables));
    for (const [, owned] of [...tables].reverse()) await tx.delete(owned.table);
    for (const [name, owned] of tables) await insertAll(tx, owned.table, rows.rows(name) as Row[]);
    return { events: applied };
  });
}

type Row = Record<string, unknown>;

/** A value as its column's driver would send it, except JSON, which stays a value inside the JSON of the rows. */
const asJson = (column: AnyColumn, value: unknown) =>
  value === null || value === undefined || column.dataType === 'json'
    ? (value ?? null)
    : column.mapToDriverValue(value);

/**
 * Writes a table's rows as JSON, thousands per statement (`jsonb_populate_recordset`): a multi-row INSERT binds
 * every value as a parameter of its own, and building and binding those took most of a rebuild's time (the activity
 * table alone has a row per event). Rows that do not all have the same fields go the plain way, so that a missing
 * field still takes its column's default.
 */
async function insertAll(tx: Executor, table: PgTable, all: readonly Row[]) {
  const fields = all[0] ? Object.keys(all[0]) : [];
  const uniform = all.every((row) => {
    const keys = Object.keys(row);
    return keys.length === fields.length && keys.every((key, i) => key === fields[i]);
  });
  const columns = getTableColumns(table);
  const names = fields.map((field) => columns[field]!.name);
  const list = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  if (!uniform) {
    for (let i = 0; i < all.length; i += PLAIN_INSERT_CHUNK)
      await tx.insert(table).values(all.slice(i, i + PLAIN_INSERT_CHUNK));
    return;
  }
  for (let i = 0; i < all.length; i += INSERT_CHUNK) {
    const chunk = all.slice(i, i + INSERT_CHUNK);
    const json = chunk.map((row) =>
      Object.fromEntries(fields.map((field, f): [string, unknown] => [names[f]!, asJson(columns[field]!, row[field])])),
    );
    await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`,
    );
  }
}

async function foldFrom(
  db: Executor,
  models: readonly ReadModel[],
  rows: MemoryStore,
  from: { after: number; applied: number },
  batchSize: number,
  onProgress?: Progress,
) {
  let { after, applied } = from;
  for (;;) {
    const batch = await readAll(db, { after, limit: batchSize });
    if (batch.length === 0) return { after, applied };
    await applyEvents(models, batch, rows);
    applied += batch.length;
    after = batch.at(-1)!.position;
    onProgress?.(after, applied);
  }
}
