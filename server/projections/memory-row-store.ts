import { keyOf, type ReadRows, type ReadTable, type RowKey, type RowStore } from './row-store';

type Tables = { [T in ReadTable]: Map<RowKey, ReadRows[T]> };

/** The read model held in memory: what replays and rebuild checks fold events into. */
export class MemoryRowStore implements RowStore {
  constructor(
    readonly tables: Tables = {
      projects: new Map(),
      tasks: new Map(),
      comments: new Map(),
      activity: new Map(),
      members: new Map(),
    },
  ) {}

  get<T extends ReadTable>(table: T, key: RowKey) {
    return Promise.resolve(this.tables[table].get(key));
  }

  insert<T extends ReadTable>(table: T, row: ReadRows[T]) {
    this.tables[table].set(keyOf(table, row), { ...row });
    return Promise.resolve();
  }

  update<T extends ReadTable>(table: T, key: RowKey, patch: Partial<ReadRows[T]>) {
    const row = this.tables[table].get(key);
    if (row) this.tables[table].set(key, { ...row, ...patch });
    return Promise.resolve();
  }

  /** Rows are never changed in place (updates replace them), so a copy of the maps is an independent store. */
  clone(): MemoryRowStore {
    const { projects, tasks, comments, activity, members } = this.tables;
    return new MemoryRowStore({
      projects: new Map(projects),
      tasks: new Map(tasks),
      comments: new Map(comments),
      activity: new Map(activity),
      // Checkpoints saved before members were projected have no such map.
      members: new Map(members),
    });
  }

  rows<T extends ReadTable>(table: T): ReadRows[T][] {
    return [...this.tables[table].values()];
  }
}
