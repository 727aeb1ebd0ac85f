import type { Database } from '../db/types';

/** Who sends a command and with which clock and id source: injected so the seed can back-date history. */
export interface CommandContext {
  readonly db: Database;
  readonly actorId: string;
  readonly commandId: string;
  readonly correlationId?: string;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** What every command answers: the new version of the stream it addressed and a consistency token. */
export interface CommandOutcome {
  readonly streamVersion: number;
  /** Global position of the last event recorded, or null when the command changed nothing. */
  readonly position: number | null;
}
