import type { Permission } from '@/domain';
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
  /** The command this one answers (an undo names the command it undoes); by default the command itself. */
  readonly causationId?: string;
  readonly intent: CommandIntent;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * The project the access check approved for this command, and what the sender may do there. The command acts on
   * that project only: it refuses a task of another project, and checks the permission again against the project's
   * state under its lock, so a member removed in the meantime cannot slip a command in. Without a permission (the
   * person accepting an invitation has none yet) the decider and the invitation decide who may send it.
   */
  readonly project?: { readonly id: string; readonly permission?: Permission };
}

/** A command of `ctx`'s sender on the project the caller already knows them to have `permission` in. */
export const inProject = (ctx: CommandContext, projectId: string, permission?: Permission): CommandContext => ({
  ...ctx,
  project: { id: projectId, permission },
});

/** What every command answers: the new version of the stream it addressed and a consistency token. */
export interface CommandOutcome {
  readonly streamVersion: number;
  /** Global position of the last event recorded, or null when the command changed nothing. */
  readonly position: number | null;
}
