import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { BackupFileError, FORMAT, FORMAT_VERSION, headerSchema, type BackupHeader } from './format';

/** A row of the file, as its line's text (restore hands that to the database unchanged). */
export interface BackupRow {
  readonly table: string;
  readonly line: string;
  readonly lineNumber: number;
}

export interface ReadOptions {
  /** Called with the header before any row. */
  onHeader?: (header: BackupHeader) => Promise<void> | void;
  onRow?: (row: BackupRow) => Promise<void> | void;
}

/**
 * Reads a backup line by line (constant memory) and checks everything that can be checked without a database: the
 * header, that every row belongs to the table the header's counts place it in and has that table's columns, the
 * counts, the checksum, and that the log ends at the header's position. Throws a BackupFileError naming the line.
 */
export async function readBackup(file: string, { onHeader, onRow }: ReadOptions = {}): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const hash = createHash('sha256');
  let header: BackupHeader | undefined;
  let lineNumber = 0;
  let section = 0;
  let inSection = 0;
  let lastPosition = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!header) {
      header = parseHeader(line);
      await onHeader?.(header);
      continue;
    }
    hash.update(`${line}\n`);
    while (section < header.tables.length && inSection === header.tables[section]!.rows) {
      section++;
      inSection = 0;
    }
    const expected = header.tables[section];
    if (!expected) throw new BackupFileError('there are more rows than the header counts', lineNumber);
    const row = parseRow(line, lineNumber, expected);
    if (expected.name === 'events') lastPosition = Math.max(lastPosition, Number(row.position));
    inSection++;
    await onRow?.({ table: expected.name, line, lineNumber });
  }
  if (!header) throw new BackupFileError('the file is empty', 1);
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
  if (lineNumber - 1 < total) {
    throw new BackupFileError(
      `the file ends after ${lineNumber - 1} of the ${total} rows its header counts: it is truncated`,
      lineNumber + 1,
    );
  }
  if (hash.digest('hex') !== header.sha256) {
    throw new BackupFileError(
      "the rows do not match the header's SHA-256: the file was changed or damaged after it was written",
    );
  }
  if (lastPosition !== header.position) {
    throw new BackupFileError(`the log ends at position ${lastPosition}, the header says ${header.position}`, 1);
  }
  return header;
}

function parseHeader(line: string): BackupHeader {
  const value = parseJson(line, 1);
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== FORMAT) throw new BackupFileError(`not a Chronicle backup (no "format": "${FORMAT}" header)`, 1);
  const version = (value as { version?: unknown }).version;
  if (version !== FORMAT_VERSION) {
    throw new BackupFileError(
      `a backup of format version ${String(version)}; this version of Chronicle reads version ${FORMAT_VERSION}`,
      1,
    );
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupFileError(`the header is not valid: ${issue.path.join('.') || 'header'}: ${issue.message}`, 1);
  }
  return parsed.data;
}

function parseRow(line: string, lineNumber: number, expected: BackupHeader['tables'][number]) {
  const value = parseJson(line, lineNumber);
  if (!isObject(value) || Object.keys(value).length !== 2 || !isObject(value.row)) {
    throw new BackupFileError('not a row: expected {"table": ..., "row": {...}}', lineNumber);
  }
  if (value.table !== expected.name) {
    throw new BackupFileError(
      `expected a row of ${expected.name} (the header counts ${expected.rows}), found one of ${String(value.table)}`,
      lineNumber,
    );
  }
  const columns = Object.keys(value.row);
  if (columns.length !== expected.columns.length || !columns.every((c) => expected.columns.includes(c))) {
    throw new BackupFileError(`the row's columns are not those the header names for ${expected.name}`, lineNumber);
  }
  return value.row;
}

function parseJson(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupFileError('not valid JSON (the file may be truncated or damaged)', lineNumber);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
