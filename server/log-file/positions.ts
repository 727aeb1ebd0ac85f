import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import type { Transaction } from '../db/types';

/**
 * Where each imported event now is, by its position in the file, kept in a temporary table of the import's own
 * transaction (dropped at its end) rather than in memory: later events refer to earlier ones by position (a named
 * point, an undo), and a long history must not grow the process. Pairs are sent in batches, only when needed.
 */
export class ImportedPositions {
  private pending: [number, number][] = [];

  private constructor(private readonly tx: Transaction) {}

  static async open(tx: Transaction) {
    await tx.execute(
      sql`create temporary table chronicle_import_positions (source bigint primary key, target bigint not null) on commit drop`,
    );
    return new ImportedPositions(tx);
  }

  async add(source: number, target: number) {
    this.pending.push([source, target]);
    if (this.pending.length >= 1_000) await this.flush();
  }

  /** The new positions of these source positions; one not imported (no earlier event of the file) is missing. */
  async lookUp(sources: readonly number[]): Promise<Map<number, number>> {
    await this.flush();
    const rows = rowsOf<{ source: string | number; target: string | number }>(
      await this.tx.execute(
        sql`select source, target from chronicle_import_positions
            where source in (select value::bigint from jsonb_array_elements_text(${JSON.stringify(sources)}::jsonb))`,
      ),
    );
    return new Map(rows.map((r) => [Number(r.source), Number(r.target)]));
  }

  private async flush() {
    if (this.pending.length === 0) return;
    const pairs = JSON.stringify(this.pending);
    this.pending = [];
    await this.tx.execute(
      sql`insert into chronicle_import_positions (source, target)
          select (pair->>0)::bigint, (pair->>1)::bigint from jsonb_array_elements(${pairs}::jsonb) as pair`,
    );
  }
}
