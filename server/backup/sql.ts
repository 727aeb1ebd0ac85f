import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import type { Executor } from '../db/types';

/** Statements that read and write any table by name, so that the list of tables is the only thing to extend. */

export async function query<R>(db: Executor, statement: ReturnType<typeof sql>): Promise<R[]> {
  return rowsOf<R>(await db.execute(statement));
}

const columnList = (columns: readonly string[]) =>
  sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );

export async function columnsOf(db: Executor, table: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    db,
    sql`select column_name::text as name from information_schema.columns
      where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
  );
  return rows.map((r) => r.name);
}

export async function rowCount(db: Executor, table: string): Promise<number> {
  const [row] = await query<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row?.n ?? 0;
}

/**
 * A page of a table's rows as JSON text, in the order of its key, after the row `after` (a row's JSON, as this
 * returned it): keyset pagination, so every page costs the same however far into the table it is.
 */
export async function pageOfRows(
  db: Executor,
  table: string,
  key: readonly string[],
  after: string | undefined,
  limit: number,
): Promise<string[]> {
  const t = sql.identifier(table);
  const order = columnList(key);
  const where =
    after === undefined
      ? sql``
      : sql`where (${order}) > (select ${order} from json_populate_record(null::${t}, ${after}::json))`;
  const rows = await query<{ line: string }>(
    db,
    sql`select row_to_json(r)::text as line from ${t} as r ${where} order by ${order} limit ${limit}`,
  );
  return rows.map((r) => r.line);
}

/**
 * Inserts rows given as backup lines (`{"table":..., "row":{...}}`), only the columns the backup holds: a column
 * added to the table since takes its default.
 */
export async function insertLines(db: Executor, table: string, columns: readonly string[], lines: readonly string[]) {
  const t = sql.identifier(table);
  const names = columnList(columns);
  const values = sql.join(
    columns.map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  );
  await db.execute(
    sql`insert into ${t} (${names})
      select ${values} from json_array_elements(${`[${lines.join(',')}]`}::json) as l,
        json_populate_record(null::${t}, l -> 'row') as r`,
  );
}
