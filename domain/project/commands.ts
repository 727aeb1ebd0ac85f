import type { StatusCategory } from './events';
import type { Role } from './members';

/** A status as a command names it: its category defaults to 'started', the most common kind of added status. */
export interface NewStatus {
  readonly id: string;
  readonly name: string;
  readonly category?: StatusCategory;
}

export type ProjectCommand =
  /** The creator becomes the first owner. */
  | {
      type: 'CreateProject';
      projectId: string;
      key: string;
      name: string;
      statuses: readonly NewStatus[];
      ownerId: string;
    }
  | { type: 'RenameProject'; name: string }
  | { type: 'ArchiveProject' }
  | { type: 'RestoreProject' }
  | { type: 'AddStatus'; statusId: string; name: string; category?: StatusCategory }
  | { type: 'RenameStatus'; statusId: string; name: string }
  | { type: 'MoveStatus'; statusId: string; toIndex: number }
  /** `tasksInStatus` is read by the command handler under the project's lock, so the count cannot go stale. */
  | { type: 'RemoveStatus'; statusId: string; tasksInStatus: number }
  | { type: 'ReserveTaskNumber'; taskId: string }
  /** Membership commands name their actor: the decider checks that an owner gives the order. */
  | { type: 'ChangeMemberRole'; actorId: string; userId: string; role: Role }
  | { type: 'RemoveMember'; actorId: string; userId: string }
  /** People join by invitation only: an owner invites, and the person invited accepts (or does not). */
  | { type: 'InviteMember'; actorId: string; invitationId: string; role: Role }
  | { type: 'RevokeInvitation'; actorId: string; invitationId: string }
  /**
   * Sent by the person invited. Whether they are that person (they hold the link, and their account has the address
   * it was sent to) is checked by the server before this command is made: the log holds no addresses to check it by.
   */
  | { type: 'AcceptInvitation'; invitationId: string; userId: string };

/** The workflow a new project starts with; the ids come from the caller because a decider makes no ids. */
export const DEFAULT_WORKFLOW: readonly Omit<NewStatus, 'id'>[] = [
  { name: 'Backlog', category: 'backlog' },
  { name: 'Todo', category: 'unstarted' },
  { name: 'In progress', category: 'started' },
  { name: 'Done', category: 'completed' },
];
