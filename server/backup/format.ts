import { z } from 'zod';

/**
 * A backup is a text file of JSON lines. The first is the header; every other line is one row of one table,
 * `{"table":"users","row":{...}}`, the row as PostgreSQL's `row_to_json` writes it (exact timestamps and numbers),
 * the tables one after another in the header's order. The header's SHA-256 covers every line after it, newline
 * included.
 */
export const FORMAT = 'chronicle-backup';
export const FORMAT_VERSION = 1;

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table or column name');

export const headerSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** The last position of the log in the snapshot: the backup holds exactly the events up to it. */
  position: z.number().int().nonnegative(),
  database: z.enum(['pglite', 'postgres']),
  withSecrets: z.boolean(),
  tables: z.array(
    z.strictObject({ name: identifier, columns: z.array(identifier).min(1), rows: z.number().int().min(0) }),
  ),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BackupHeader = z.infer<typeof headerSchema>;

/** Written first and overwritten once the content is written: a hash has a fixed length, so the header keeps its. */
export const UNFINISHED_HASH = '0'.repeat(64);

export const rowLine = (table: string, rowJson: string) => `{"table":${JSON.stringify(table)},"row":${rowJson}}\n`;

/** A file that cannot be restored; `line` is the number of the line at fault (1 is the header), when there is one. */
export class BackupFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.name = 'BackupFileError';
  }
}
