import { getTableColumns, getTableName } from 'drizzle-orm';
import { isDeepStrictEqual } from 'node:util';
import type { Executor } from '../db/types';
import type { StoredEvent } from '../event-store/types';
import { memoryStoreFor, readModels } from '../read-models';
import type { OwnedTable } from '../read-models/define';
import { changed } from '../read-models/store';
import { namesIn } from './names-in';
import { replayProject } from './replay-project';

type Row = Record<string, unknown>;

/** One row one read model changed for one event, as a person would see it in the database. */
export interface RowChanged {
  readonly position: number;
  readonly eventType: string;
  readonly readModel: string;
  readonly maintained: 'inline' | 'async';
  /** The SQL table and its columns' SQL names, not the read model's field names. */
  readonly table: string;
  readonly kind: 'insert' | 'update' | 'delete';
  readonly key: Row;
  /** Only the columns whose value changed (every column of an inserted or deleted row). */
  readonly columns: readonly { readonly name: string; readonly before: unknown; readonly after: unknown }[];
}

/**
 * The rows each read model changed for the given events of one command: every read model's own `apply`, run on the
 * project replayed in memory to just before the command, the same code that changed the live tables then. Nothing is
 * stored for this: the log is enough.
 */
export async function rowsChanged(
  db: Executor,
  projectId: string,
  commandEvents: readonly StoredEvent[],
  before: number,
): Promise<{ rows: RowChanged[]; names: Record<string, string> }> {
  const store = before > 0 ? await replayProject(db, projectId, before, readModels) : memoryStoreFor(readModels).rows;
  const namesBefore = namesIn(store);
  const rows: RowChanged[] = [];
  for (const event of commandEvents) {
    for (const model of readModels) {
      if (!model.handles.has(event.type)) continue;
      for (const change of await model.apply(event, store)) {
        const c = changed(change);
        const owned = model.tables[c.table] as OwnedTable;
        const key = 'key' in c ? (c.key as Row) : pick(c.values as Row, owned.key);
        const previous = (await store.get(c.table, key)) as Row | undefined;
        await store.write(change);
        const next = (await store.get(c.table, key)) as Row | undefined;
        rows.push({
          position: event.position,
          eventType: event.type,
          readModel: model.name,
          maintained: model.maintained,
          table: getTableName(owned.table),
          kind: c.kind,
          key: sqlNamed(owned, key),
          columns: changedColumns(owned, previous, next),
        });
      }
    }
  }
  return { rows, names: { ...namesBefore, ...namesIn(store) } };
}

const pick = (row: Row, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, row[c]]));

function sqlNamed(owned: OwnedTable, row: Row): Row {
  const columns = getTableColumns(owned.table) as Record<string, { name: string }>;
  return Object.fromEntries(Object.entries(row).map(([field, value]) => [columns[field]?.name ?? field, value]));
}

function changedColumns(owned: OwnedTable, before: Row | undefined, after: Row | undefined) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const columns = getTableColumns(owned.table) as Record<string, { name: string }>;
  return fields
    .filter((field) => !isDeepStrictEqual(before?.[field], after?.[field]))
    .map((field) => ({ name: columns[field]?.name ?? field, before: before?.[field], after: after?.[field] }));
}
