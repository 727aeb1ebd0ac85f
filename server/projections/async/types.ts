import type { Transaction } from '../../db/types';
import type { StoredEvent } from '../../event-store';

/**
 * A projection that need not be inline: it follows the log from a checkpoint, a batch at a time. Its rows carry its
 * version, so a new version can be built beside the one serving reads and replace it when caught up.
 */
export interface AsyncProjection {
  readonly name: string;
  readonly version: number;
  /** Applies a batch in the runner's transaction, which also moves the checkpoint: all of it or none of it lands. */
  apply(tx: Transaction, events: readonly StoredEvent[]): Promise<void>;
  /** Removes the rows of a version that was replaced. */
  discard(tx: Transaction, version: number): Promise<void>;
}
