import { sql } from 'drizzle-orm';
import { appSecrets, eventPosition, projectionVersions, rateLimits } from '../db/schema';
import type { Database, Transaction } from '../db/types';
import { BackupFileError, type BackupHeader } from './format';
import { readBackup } from './read-backup';
import { columnsOf, insertLines, query, rowCount } from './sql';
import { schemaTables, tableName } from './tables';

const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

/**
 * What a database may hold and still count as empty: what the app makes on its own when it first starts (its
 * session key, its projections' first builds) and attempt counters, none of it anyone's data.
 */
const madeByTheAppAlone = new Set([appSecrets, rateLimits, projectionVersions, eventPosition].map(tableName));

export class TargetNotEmptyError extends Error {
  constructor(tables: readonly string[]) {
    const named =
      tables.length > 4 ? `${tables.slice(0, 4).join(', ')} and ${tables.length - 4} more` : tables.join(', ');
    super(
      `The database is not empty (${named} hold rows): restore writes only into an empty database, ` +
        'so that nothing in it is lost or mixed with the backup. Restore into a new database (or a new ' +
        'CHRONICLE_DATA_DIR folder).',
    );
    this.name = 'TargetNotEmptyError';
  }
}

/**
 * Writes a backup's tables into an empty database, all of them or none: the file is read through once to check
 * it, then again inside one transaction that checks it again as it inserts. Read models are left empty: rebuild them
 * afterwards (rebuildEveryReadModel).
 */
export async function restoreBackup(
  db: Database,
  file: string,
  { onProgress }: { onProgress?: (restored: number, total: number) => void } = {},
): Promise<BackupHeader> {
  const checked = await readBackup(file);
  const total = checked.tables.reduce((sum, t) => sum + t.rows, 0);
  await db.transaction(async (tx) => {
    // Held to the commit: no command can append meanwhile.
    await tx.execute(sql`select value from event_position where id = 1 for update`);
    await refuseNonEmpty(tx);
    await refuseUnknownColumns(tx, checked);
    if (checked.withSecrets) await tx.delete(appSecrets);

    let batch: string[] = [];
    let chars = 0;
    let table = '';
    let firstLine = 0;
    let restored = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const columns = checked.tables.find((t) => t.name === table)!.columns;
      try {
        await insertLines(tx, table, columns, batch);
      } catch (error) {
        const reason = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
        throw new BackupFileError(
          `lines ${firstLine}-${firstLine + batch.length - 1} could not be written to ${table}: ${reason}`,
        );
      }
      restored += batch.length;
      onProgress?.(restored, total);
      batch = [];
      chars = 0;
    };
    await readBackup(file, {
      onHeader: (header) => {
        if (JSON.stringify(header) !== JSON.stringify(checked)) throw new BackupFileError('the file changed', 1);
      },
      onRow: async (row) => {
        if (row.table !== table || batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
          await flush();
          table = row.table;
          firstLine = row.lineNumber;
        }
        batch.push(row.line);
        chars += row.line.length;
      },
    });
    await flush();
    await deriveFromTheLog(tx, checked.position);
  });
  return checked;
}

async function refuseNonEmpty(tx: Transaction) {
  const holding: string[] = [];
  for (const table of schemaTables()) {
    const name = tableName(table);
    if (!madeByTheAppAlone.has(name) && (await rowCount(tx, name)) > 0) holding.push(name);
  }
  const [counter] = await query<{ value: string | number }>(tx, sql`select value from event_position`);
  if (Number(counter?.value ?? 0) !== 0) holding.push('event_position');
  if (holding.length > 0) throw new TargetNotEmptyError(holding);
}

/** A backup made by a later version may hold columns this one lacks: refused rather than silently dropped. */
async function refuseUnknownColumns(tx: Transaction, header: BackupHeader) {
  for (const { name, columns } of header.tables) {
    const here = await columnsOf(tx, name);
    if (here.length === 0) throw new BackupFileError(`this database has no table ${name}: is it a newer backup?`, 1);
    const unknown = columns.filter((c) => !here.includes(c));
    if (unknown.length > 0) {
      throw new BackupFileError(
        `${name} has no column ${unknown.join(', ')} here: the backup was made by a newer version of Chronicle`,
        1,
      );
    }
  }
}

/** Each stream is at the version of its last event, and the counter at the last position. */
async function deriveFromTheLog(tx: Transaction, position: number) {
  await tx.execute(sql`insert into streams (stream_id, project_id, version)
    select stream_id, min(project_id::text)::uuid, max(stream_version) from events group by stream_id`);
  await tx.execute(sql`update event_position set value = ${position} where id = 1`);
}
