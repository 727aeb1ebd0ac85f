import type { Transaction } from '../../db/types';
import type { StoredEvent } from '../../event-store';

/**
 * A projection that need not be inline: it follows the log from a checkpoint, a batch at a time. Its rows carry the
 * number of the build that wrote them, so a new build can be made beside the one serving reads and replace it.
 */
export interface AsyncProjection {
  readonly name: string;
  /** The version of the projection's code: bump it when what it writes changes, and a new build starts. */
  readonly version: number;
  /** Applies a batch in the runner's transaction, which also moves the checkpoint: all of it or none of it lands. */
  apply(tx: Transaction, events: readonly StoredEvent[], build: number): Promise<void>;
  /** Removes the rows of a build that was replaced. */
  discard(tx: Transaction, build: number): Promise<void>;
}
