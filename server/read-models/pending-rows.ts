import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { RowWrite } from '../event-store';
import type { RowChange, Tables } from './define';
import { SqlStore } from './sql-store';
import { changed, type RowStore } from './store';

type Row = Record<string, unknown>;
/** A row as the pending changes left it: absent (null), whole, or only a patch over what the table holds. */
type Held = { row: Row | null } | { patch: Row };

/**
 * The live read tables as a command's inline read models see them: read from SQL once, changed in memory, and the
 * changes kept as row writes for the append's one statement (README, "Performance"), instead of a read and a write
 * per row. A later event of the same command reads what an earlier one changed.
 */
export class PendingRows implements RowStore {
  private readonly held = new Map<string, Map<string, Held>>();
  private readonly sql: SqlStore;
  readonly writes: RowWrite[] = [];

  constructor(
    db: Executor,
    private readonly owned: Tables,
  ) {
    this.sql = new SqlStore(db, owned);
  }

  private heldIn(table: string) {
    let map = this.held.get(table);
    if (!map) this.held.set(table, (map = new Map<string, Held>()));
    return map;
  }

  private keyOf(table: string, values: object) {
    return this.owned[table]!.key.map((k) => String((values as Row)[k as string])).join('\u0000');
  }

  async get(table: string, key: object) {
    const held = this.heldIn(table).get(this.keyOf(table, key));
    if (held && 'row' in held) return held.row ?? undefined;
    const row = await this.sql.get(table, key);
    const current = row && held ? { ...row, ...held.patch } : (row ?? null);
    this.heldIn(table).set(this.keyOf(table, key), { row: current });
    return current ?? undefined;
  }

  async find(table: string, where: object) {
    const matches = (row: Row) => Object.entries(where).every(([k, v]) => row[k] === v);
    const held = this.heldIn(table);
    const found = new Map<string, Row>();
    for (const row of (await this.sql.find(table, where)) as Row[]) found.set(this.keyOf(table, row), row);
    for (const [key, h] of held) {
      const current = 'row' in h ? h.row : found.has(key) ? { ...found.get(key), ...h.patch } : null;
      if (current && matches(current)) found.set(key, current);
      else found.delete(key);
    }
    return [...found.values()];
  }

  write(change: RowChange<Tables>) {
    const c = changed(change);
    const held = this.heldIn(c.table);
    if (c.kind === 'insert') held.set(this.keyOf(c.table, c.values), { row: { ...c.values } });
    else if (c.kind === 'delete') held.set(this.keyOf(c.table, c.key), { row: null });
    else {
      const key = this.keyOf(c.table, c.key);
      const h = held.get(key);
      if (!h) held.set(key, { patch: { ...c.set } });
      else if ('patch' in h) held.set(key, { patch: { ...h.patch, ...c.set } });
      else if (h.row) held.set(key, { row: { ...h.row, ...c.set } });
    }
    this.writes.push(this.inSql(c.table, change));
    return Promise.resolve();
  }

  /** The change with the table's and columns' SQL names, as the append's statement applies it. */
  private inSql(name: string, change: RowChange<Tables>): RowWrite {
    const owned = this.owned[name]!;
    const columns = getTableColumns(owned.table);
    const named = (values: object) =>
      Object.fromEntries(
        Object.entries(values).map(([field, value]) => {
          const column = columns[field];
          if (!column) throw new Error(`No column ${field} in ${name}`);
          return [column.name, value];
        }),
      );
    const positions = owned.positions?.map((field) => columns[field]!.name);
    const c = changed(change);
    const table = getTableName(owned.table);
    if (c.kind === 'insert') return { op: 'insert', table, row: named(c.values), positions };
    if (c.kind === 'delete') return { op: 'delete', table, key: named(c.key), positions };
    return { op: 'update', table, key: named(c.key), row: named(c.set), positions };
  }
}
