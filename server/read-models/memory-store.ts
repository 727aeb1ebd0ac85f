import type { KeyOf, RowOf, Tables } from './define';
import type { AllTables } from './registry';
import { changed, type RowStore } from './store';

type Row = Record<string, unknown>;
export type MemoryTables = Record<string, Map<string, Row>>;
type Name = Extract<keyof AllTables, string>;

const keyString = (owned: Tables[string], values: object) =>
  owned.key.map((k) => String((values as Row)[k as string])).join('\u0000');

/** Read models held in memory: what replays and rebuilds fold events into. */
export class MemoryStore implements RowStore {
  readonly tables: MemoryTables;

  constructor(
    private readonly owned: Tables,
    tables: MemoryTables = {},
  ) {
    // Checkpoints saved before a table was kept have no map for it.
    this.tables = Object.fromEntries(Object.keys(owned).map((name) => [name, tables[name] ?? new Map()]));
  }

  private map(name: string) {
    const map = this.tables[name];
    if (!map) throw new Error(`No read table named ${name} in this store`);
    return map;
  }

  get<N extends Name>(name: N, key: KeyOf<AllTables[N]>): Promise<RowOf<AllTables[N]> | undefined>;
  get(name: string, key: object): Promise<unknown>;
  get(name: string, key: object) {
    return Promise.resolve(this.map(name).get(keyString(this.owned[name]!, key)));
  }

  find<N extends Name>(name: N, where: Partial<RowOf<AllTables[N]>>): Promise<RowOf<AllTables[N]>[]>;
  find(name: string, where: object): Promise<unknown[]>;
  find(name: string, where: object) {
    const entries = Object.entries(where);
    return Promise.resolve([...this.map(name).values()].filter((row) => entries.every(([k, v]) => row[k] === v)));
  }

  write(change: Parameters<RowStore['write']>[0]) {
    const c = changed(change);
    const map = this.map(c.table);
    const owned = this.owned[c.table]!;
    if (c.kind === 'insert') map.set(keyString(owned, c.values), { ...(c.values as Row) });
    else if (c.kind === 'delete') map.delete(keyString(owned, c.key));
    else {
      const key = keyString(owned, c.key);
      const row = map.get(key);
      if (row) map.set(key, { ...row, ...(c.set as Row) });
    }
    return Promise.resolve();
  }

  /** A store of the same tables holding the given rows (a saved checkpoint's). */
  withTables(tables: MemoryTables): MemoryStore {
    return new MemoryStore(this.owned, tables);
  }

  /** Rows are never changed in place (writes replace them), so a copy of the maps is an independent store. */
  clone(): MemoryStore {
    return new MemoryStore(
      this.owned,
      Object.fromEntries(Object.entries(this.tables).map(([name, map]) => [name, new Map(map)])),
    );
  }

  rows<N extends Name>(name: N): RowOf<AllTables[N]>[];
  rows(name: string): object[];
  rows(name: string) {
    return [...this.map(name).values()];
  }
}
