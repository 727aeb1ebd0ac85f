import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows';
import type { Executor } from '../../db/types';

/** Where a searched text was found: a table's column, or a line of a file. */
export interface Found {
  readonly where: string;
  readonly text: string;
  readonly rows: number;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every place in the database that holds one of `texts` (compared case-blind): every column of every table of every
 * schema but the system's, as listed by information_schema, cast to text, so jsonb, arrays and every other type are
 * searched the way they read. Nothing is listed by hand, so a table added later is searched too. One statement a
 * table. Returns nothing when none is found.
 */
export async function findTextInDatabase(db: Executor, texts: readonly string[]): Promise<Found[]> {
  const wanted = texts.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const columns = rowsOf<{ table_schema: string; table_name: string; column_name: string }>(
    await db.execute(sql`
      select c.table_schema, c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
        and c.table_schema not like 'pg\\_%'
      order by c.table_schema, c.table_name, c.ordinal_position`),
  );
  const tables = new Map<string, string[]>();
  for (const c of columns) {
    const table = `${quoted(c.table_schema)}.${quoted(c.table_name)}`;
    tables.set(table, [...(tables.get(table) ?? []), c.column_name]);
  }
  const found: Found[] = [];
  for (const [table, names] of tables) {
    // Texts go in as parameters: only the identifiers, quoted, are spliced in.
    const counts = names.flatMap((column, c) =>
      wanted.map(
        (text, w) =>
          sql`count(*) filter (where strpos(lower(${sql.raw(quoted(column))}::text), ${text}) > 0) as ${sql.raw(`"c${c}_${w}"`)}`,
      ),
    );
    const [row] = rowsOf<Record<string, number | string>>(
      await db.execute(sql`select ${sql.join(counts, sql`, `)} from ${sql.raw(table)}`),
    );
    names.forEach((column, c) => {
      wanted.forEach((text, w) => {
        const rows = Number(row?.[`c${c}_${w}`] ?? 0);
        if (rows > 0) found.push({ where: `${table}.${quoted(column)}`, text, rows });
      });
    });
  }
  return found;
}

/** The same for a file's text (an export, a backup): each line holding one of `texts`. */
export function findTextInFile(name: string, content: string, texts: readonly string[]): Found[] {
  const wanted = texts.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const found: Found[] = [];
  content.split('\n').forEach((line, i) => {
    const lower = line.toLowerCase();
    for (const text of wanted) if (lower.includes(text)) found.push({ where: `${name}:${i + 1}`, text, rows: 1 });
  });
  return found;
}
