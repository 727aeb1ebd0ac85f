import type { Database } from '../db/types';

/**
 * What a command id was used for. The id belongs to its sender, and a second use of it must be the very same
 * command: the same procedure with the same payload. Anything else is refused, never answered with the first result.
 */
export interface CommandIntent {
  readonly procedure: string;
  readonly payloadHash: string;
}

/** Who sends a command and with which clock and id source: injected so the seed can back-date history. */
export interface CommandContext {
  readonly db: Database;
  readonly actorId: string;
  readonly commandId: string;
  readonly correlationId?: string;
  readonly intent: CommandIntent;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** What every command answers: the new version of the stream it addressed and a consistency token. */
export interface CommandOutcome {
  readonly streamVersion: number;
  /** Global position of the last event recorded, or null when the command changed nothing. */
  readonly position: number | null;
}
