import { getTableColumns, getTableName } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { RowWrite } from '../event-store';
import type { RowChange, RowRead, Tables } from './define';
import type { SqlStore } from './sql-store';
import { changed, type RowStore } from './store';

type Row = Record<string, unknown>;
/** A row as the pending changes left it: absent (null), whole, or only a patch over what the table holds. */
type Held = { row: Row | null } | { patch: Row; key: object };

/**
 * The live read tables as a command's inline read models see them: read from SQL once, changed in memory, and the
 * changes kept as row writes for the append's one statement (docs/performance.md), instead of a read and a write
 * per row. A later event of the same command reads what an earlier one changed.
 */
export class PendingRows implements RowStore {
  private readonly held = new Map<string, Map<string, Held>>();
  /** Where in `writes` each row's last write is, for the tables whose updates are folded into it. */
  private readonly lastWrite = new Map<string, number>();
  readonly writes: RowWrite[] = [];

  /**
   * `source` is where rows are read from: the live tables (a SqlStore in the command's transaction), or one build of
   * an async read model, whose number `build` then goes into every row write's `version` column.
   */
  constructor(
    private readonly source: Pick<RowStore, 'get' | 'find'> & Partial<Pick<SqlStore, 'getMany'>>,
    private readonly owned: Tables,
    private readonly build?: number,
  ) {}

  private heldIn(table: string) {
    let map = this.held.get(table);
    if (!map) this.held.set(table, (map = new Map<string, Held>()));
    return map;
  }

  private keyOf(table: string, values: object) {
    return this.owned[table]!.key.map((k) => String((values as Row)[k as string])).join('\u0000');
  }

  /** Reads the given rows (those not held yet) in one go, where the source can: what the read models declared. */
  async prefetch(reads: readonly RowRead[]) {
    const wanted = new Map<string, RowRead>();
    for (const read of reads) {
      const key = `${read.table}\u0001${this.keyOf(read.table, read.key)}`;
      if (!wanted.has(key) && !this.heldIn(read.table).has(this.keyOf(read.table, read.key))) wanted.set(key, read);
    }
    const list = [...wanted.values()];
    if (!this.source.getMany || list.length === 0) return;
    const rows = await this.source.getMany(list);
    list.forEach((read, i) => this.heldIn(read.table).set(this.keyOf(read.table, read.key), { row: rows[i] ?? null }));
  }

  async get(table: string, key: object) {
    const held = this.heldIn(table).get(this.keyOf(table, key));
    if (held && 'row' in held) return held.row ?? undefined;
    const row = (await this.source.get(table, key)) as Row | undefined;
    const current = row && held ? { ...row, ...held.patch } : (row ?? null);
    this.heldIn(table).set(this.keyOf(table, key), { row: current });
    return current ?? undefined;
  }

  async find(table: string, where: object) {
    const matches = (row: Row) => Object.entries(where).every(([k, v]) => row[k] === v);
    const found = new Map<string, Row>();
    for (const row of (await this.source.find(table, where)) as Row[]) found.set(this.keyOf(table, row), row);
    // A row changed only by a patch so far may match now though the table's copy did not: read it whole first.
    for (const h of [...this.heldIn(table).values()]) if ('patch' in h) await this.get(table, h.key);
    for (const [key, h] of this.heldIn(table)) {
      if (!('row' in h)) continue;
      if (h.row && matches(h.row)) found.set(key, h.row);
      else found.delete(key);
    }
    return [...found.values()];
  }

  write(change: RowChange<Tables>) {
    const c = changed(change);
    const held = this.heldIn(c.table);
    const key = this.keyOf(c.table, c.kind === 'insert' ? c.values : c.key);
    if (c.kind === 'insert') held.set(key, { row: { ...c.values } });
    else if (c.kind === 'delete') held.set(key, { row: null });
    else {
      const h = held.get(key);
      if (!h) held.set(key, { patch: { ...c.set }, key: c.key });
      else if ('patch' in h) held.set(key, { patch: { ...h.patch, ...c.set }, key: h.key });
      else if (h.row) held.set(key, { row: { ...h.row, ...c.set } });
    }
    const write = this.inSql(c.table, change);
    const rowKey = `${c.table}\u0001${key}`;
    const last = this.lastWrite.get(rowKey);
    const earlier = last === undefined ? undefined : this.writes[last];
    if (write.op === 'update' && earlier && earlier.op !== 'delete') {
      // A batch moves one status's count once per task it moves: only the last value needs writing.
      this.writes[last!] = { ...earlier, row: { ...earlier.row, ...write.row } };
    } else {
      this.writes.push(write);
      if (foldsUpdates(this.owned[c.table]!.table)) this.lastWrite.set(rowKey, this.writes.length - 1);
    }
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
    const build = owned.byBuild ? { version: this.build } : {};
    const c = changed(change);
    const table = getTableName(owned.table);
    if (c.kind === 'insert') return { op: 'insert', table, row: named({ ...c.values, ...build }), positions };
    if (c.kind === 'delete') return { op: 'delete', table, key: named({ ...c.key, ...build }), positions };
    return { op: 'update', table, key: named({ ...c.key, ...build }), row: named(c.set), positions };
  }
}

const folding = new WeakMap<PgTable, boolean>();

/**
 * Whether a row's later updates may be folded into its earlier write. Folding moves them ahead of the writes of
 * other rows in between, which only a unique index beyond the primary key could tell apart (a key taken by one row
 * after another gave it up), so tables with one keep every write in its place.
 */
function foldsUpdates(table: PgTable) {
  let folds = folding.get(table);
  if (folds === undefined) {
    const config = getTableConfig(table);
    folds =
      !config.indexes.some((index) => index.config.unique) &&
      config.uniqueConstraints.length === 0 &&
      !config.columns.some((column) => column.isUnique);
    folding.set(table, folds);
  }
  return folds;
}
