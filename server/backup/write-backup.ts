import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/types';
import { FORMAT, FORMAT_VERSION, rowLine, UNFINISHED_HASH, type BackupHeader } from './format';
import { columnsOf, pageOfRows, query, rowCount } from './sql';
import { primaryKeyOf, tableName, tablesToBackUp } from './tables';

const PAGE_ROWS = 1_000;

export interface BackupOptions {
  withSecrets?: boolean;
  /** After each page: the rows written so far, of how many. */
  onProgress?: (written: number, total: number, table: string) => void;
  /** Called once the snapshot is taken, with its position (tests start writing against it from then on). */
  onSnapshot?: (position: number) => void;
}

/**
 * Writes the whole installation's source of truth to `file`, as it stood at one moment: every table is read in one
 * REPEATABLE READ, READ ONLY transaction, so commands committed meanwhile are either wholly in it or wholly not,
 * a page at a time (constant memory). The file appears only once complete: it is written beside and renamed.
 */
export async function writeBackup(
  handle: { db: Database; kind: BackupHeader['database'] },
  file: string,
  { withSecrets = false, onProgress, onSnapshot }: BackupOptions = {},
): Promise<BackupHeader> {
  const partial = `${file}.partial`;
  // Readable by its owner only: a backup holds everyone's e-mail address, and perhaps their password hashes.
  const out = await open(partial, 'w', 0o600);
  try {
    const header = await handle.db.transaction(
      async (tx) => {
        const header = await describeSnapshot(tx, handle.kind, withSecrets);
        onSnapshot?.(header.position);
        const headerText = `${JSON.stringify(header)}\n`;
        await out.write(headerText);
        header.sha256 = await writeRows(tx, out, header, onProgress);
        await out.write(header.sha256, Buffer.byteLength(headerText.slice(0, headerText.indexOf(UNFINISHED_HASH))));
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await out.sync();
    await out.close();
    await rename(partial, file);
    return header;
  } catch (error) {
    await out.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

async function describeSnapshot(
  tx: Transaction,
  database: BackupHeader['database'],
  withSecrets: boolean,
): Promise<BackupHeader> {
  // The first statement of the transaction fixes its snapshot; every later one sees the same.
  const [counter] = await query<{ value: string | number }>(tx, sql`select value from event_position`);
  const tables = [];
  for (const table of tablesToBackUp(withSecrets)) {
    const name = tableName(table);
    tables.push({ name, columns: await columnsOf(tx, name), rows: await rowCount(tx, name) });
  }
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    position: Number(counter?.value ?? 0),
    database,
    withSecrets,
    tables,
    sha256: UNFINISHED_HASH,
  };
}

async function writeRows(
  tx: Transaction,
  out: Awaited<ReturnType<typeof open>>,
  header: BackupHeader,
  onProgress: BackupOptions['onProgress'],
): Promise<string> {
  const hash = createHash('sha256');
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
  let written = 0;
  for (const { name, rows } of header.tables) {
    const key = primaryKeyOf(tablesToBackUp(header.withSecrets).find((t) => tableName(t) === name)!);
    let after: string | undefined;
    let ofTable = 0;
    for (;;) {
      const page = await pageOfRows(tx, name, key, after, PAGE_ROWS);
      if (page.length === 0) break;
      const text = page.map((row) => rowLine(name, row)).join('');
      hash.update(text);
      await out.write(text);
      ofTable += page.length;
      written += page.length;
      after = page.at(-1);
      onProgress?.(written, total, name);
    }
    // The same snapshot counted them: a difference means the transaction did not hold one.
    if (ofTable !== rows) throw new Error(`${name}: counted ${rows} rows but read ${ofTable}`);
  }
  return hash.digest('hex');
}
