import type { Transaction } from '../db/types';
import type { StoredEvent } from '../event-store/types';
import { asyncReadModels, type VersionedReadModel } from './registry';
import { writeRows } from '../event-store/append';
import { PendingRows } from './pending-rows';
import { SqlStore } from './sql-store';
import { applyEvents, declaredReads, tablesOf } from './store';

/**
 * What the runner works on: a read model that follows the log from a checkpoint, a batch at a time. Its rows carry
 * the number of the build that wrote them, so a new build can be made beside the one serving reads and replace it.
 */
export interface AsyncProjection {
  readonly name: string;
  /** The version of the read model's code: when it changes, a new build starts. */
  readonly version: string;
  /** Applies a batch in the runner's transaction, which also moves the checkpoint: all of it or none of it lands. */
  apply(tx: Transaction, events: readonly StoredEvent[], build: number): Promise<void>;
  /** Removes the rows of a build that was replaced. */
  discard(tx: Transaction, build: number): Promise<void>;
}

/** An async read model as the runner sees it: the same description, applied to one build's rows in SQL. */
export function asyncProjection(model: VersionedReadModel): AsyncProjection {
  const tables = tablesOf([model]);
  return {
    name: model.name,
    version: model.version,
    // A batch's rows are read once each (those it declares, all in one statement first) and its changes written in
    // one statement, as a command's are.
    apply: async (tx, events, build) => {
      const rows = new PendingRows(new SqlStore(tx, tables, build), tables, build);
      await rows.prefetch(declaredReads([model], events));
      await applyEvents([model], events, rows);
      await writeRows(tx, rows.writes);
    },
    discard: (tx, build) => new SqlStore(tx, tables, build).discardBuild(),
  };
}

/** Every asynchronous read model the app keeps up to date. */
export const asyncProjections: readonly AsyncProjection[] = asyncReadModels.map(asyncProjection);

export { catchUp, runBatch, startBuild, startProjectionRunners, type BatchOutcome } from './runner';
