import type { StoredEvent } from '../event-store/types';
import type { ReadModel, RowChange, RowRead, RowReader, Tables } from './define';

/**
 * Where read models' changes land: the live tables (SQL) or a replay (memory). Untyped by table here: each read
 * model sees it through the typed RowReader of the tables it declared.
 */
export interface RowStore {
  get(table: string, key: object): Promise<unknown>;
  find(table: string, where: object): Promise<unknown[]>;
  write(change: RowChange<Tables>): Promise<void>;
}

/** The one fold: each event through each read model (in run order) that handles it, its changes written at once. */
export async function applyEvents(models: readonly ReadModel[], events: readonly { type: string }[], store: RowStore) {
  for (const event of events) {
    for (const model of models) {
      if (!model.handles.has(event.type as never)) continue;
      for (const change of await model.apply(event as never, store as RowReader<Tables>)) await store.write(change);
    }
  }
}

/** The rows the read models declare (`reads`) for these events: read all at once before any of them runs. */
export const declaredReads = (models: readonly ReadModel[], events: readonly StoredEvent[]): RowRead[] =>
  events.flatMap((event) => models.flatMap((m) => (m.handles.has(event.type) ? (m.reads?.(event) ?? []) : [])));

/** The table and the values a change is about, whatever its kind. */
export function changed(change: RowChange<Tables>) {
  if ('insert' in change) return { kind: 'insert' as const, table: change.insert, values: change.row as object };
  if ('update' in change)
    return { kind: 'update' as const, table: change.update, key: change.key as object, set: change.set as object };
  return { kind: 'delete' as const, table: change.delete, key: change.key as object };
}

/** Every table the given read models own, by name. */
export const tablesOf = (models: readonly ReadModel[]): Tables =>
  Object.assign({}, ...models.map((m) => m.tables)) as Tables;
