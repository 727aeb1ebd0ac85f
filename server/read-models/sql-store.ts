import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import { executePrepared } from '../db/prepared';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types';
import type { Tables } from './define';
import { changed, type RowStore } from './store';

/**
 * Read tables in the database: the live tables inside the command's transaction, or one build of an async read
 * model in the runner's (then every row read or written is that build's: the store adds the `version` column).
 */
export class SqlStore implements RowStore {
  constructor(
    private readonly db: Executor,
    private readonly owned: Tables,
    private readonly build?: number,
  ) {}

  private table(name: string): Tables[string] {
    const owned = this.owned[name];
    if (!owned) throw new Error(`No read table named ${name} in this store`);
    return owned;
  }

  private where(owned: Tables[string], values: object): SQL | undefined {
    const columns = getTableColumns(owned.table) as Record<string, PgColumn>;
    const match = (field: string, value: unknown) => {
      const column = columns[field];
      if (!column) throw new Error(`No column ${field}`);
      return eq(column, value);
    };
    return and(
      ...Object.entries(values).map(([field, value]) => match(field, value)),
      owned.byBuild ? match('version', this.build) : undefined,
    );
  }

  private strip(owned: Tables[string], rows: Record<string, unknown>[]) {
    if (!owned.byBuild) return rows;
    return rows.map(({ version: _build, ...row }) => row);
  }

  async get(name: string, key: object) {
    const owned = this.table(name);
    const rows = await this.db.select().from(owned.table).where(this.where(owned, key)).limit(1);
    return this.strip(owned, rows)[0];
  }

  /**
   * Several rows by key in one statement: each as the table holds it, or undefined. The keys travel as one JSON
   * recordset per table, so the statement's text depends only on which tables are read, never on how many rows: a
   * runner's batch of 500 events reads its rows with the same prepared statement as a command reading two. The rows
   * come back as JSON and are read into their columns' types (timestamps as dates) the way drizzle reads them.
   */
  async getMany(reads: readonly { table: string; key: object }[]): Promise<(Record<string, unknown> | undefined)[]> {
    if (reads.length === 0) return [];
    const byTable = new Map<string, { i: number; key: object }[]>();
    reads.forEach((read, i) => {
      const keys = byTable.get(read.table);
      if (keys) keys.push({ i, key: read.key });
      else byTable.set(read.table, [{ i, key: read.key }]);
    });
    const branches = [...byTable.keys()].sort().map((name) => this.readKeys(name, byTable.get(name)!));
    const result: unknown = await executePrepared(this.db, sql.join(branches, sql` union all `));
    const found = new Map(rowsOf<{ i: number; row: unknown }>(result).map(({ i, row }) => [i, row]));
    return reads.map((read, i) => {
      const json = found.get(i);
      if (json === undefined) return undefined;
      const owned = this.table(read.table);
      const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
      const row = Object.fromEntries(
        Object.entries(getTableColumns(owned.table) as Record<string, PgColumn>).map(([field, column]) => {
          const value = parsed[column.name];
          return [field, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
        }),
      );
      return this.strip(owned, [row])[0];
    });
  }

  /** The rows of one table whose keys are given, each tagged with the index of the read that asked for it. */
  private readKeys(name: string, keys: readonly { i: number; key: object }[]): SQL {
    const owned = this.table(name);
    const columns = getTableColumns(owned.table) as Record<string, PgColumn>;
    const fields = owned.key.map(String);
    const keyColumns = fields.map((field) => columns[field]!);
    const recordset = keys.map(({ i, key }) => ({
      i,
      ...Object.fromEntries(
        fields.map((field, n) => [keyColumns[n]!.name, keyColumns[n]!.mapToDriverValue((key as never)[field])]),
      ),
    }));
    const shape = sql.join(
      [sql`i int`, ...keyColumns.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(c.getSQLType())}`)],
      sql`, `,
    );
    const matches = sql.join(
      [
        ...keyColumns.map((c) => sql`t.${sql.identifier(c.name)} = k.${sql.identifier(c.name)}`),
        ...(owned.byBuild ? [sql`t.version = ${this.build}`] : []),
      ],
      sql` and `,
    );
    return sql`(select k.i, to_jsonb(t) as row from ${owned.table} as t
      join jsonb_to_recordset(${JSON.stringify(recordset)}::jsonb) as k(${shape}) on ${matches})`;
  }

  async find(name: string, where: object) {
    const owned = this.table(name);
    return this.strip(owned, await this.db.select().from(owned.table).where(this.where(owned, where)));
  }

  /** Removes every row of this store's build (a replaced build of an async read model). */
  async discardBuild() {
    if (this.build === undefined) throw new Error('Only a build of an async read model can be discarded');
    for (const owned of Object.values(this.owned)) await this.db.delete(owned.table).where(this.where(owned, {}));
  }

  async write(change: Parameters<RowStore['write']>[0]) {
    const c = changed(change);
    const owned = this.table(c.table);
    const build = owned.byBuild ? { version: this.build } : {};
    if (c.kind === 'insert') await this.db.insert(owned.table).values({ ...c.values, ...build });
    else if (c.kind === 'delete') await this.db.delete(owned.table).where(this.where(owned, c.key));
    else if (Object.keys(c.set).length > 0)
      await this.db.update(owned.table).set(c.set).where(this.where(owned, c.key));
  }
}
