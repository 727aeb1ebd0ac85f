import { z } from 'zod';
import { email, id, text } from '../shared/schema';
import { STATUS_CATEGORIES, type StatusCategory } from './events';
import { LABEL_COLOURS } from './labels';
import { ROLES } from './members';
import { POINT_NAME_MAX } from './named-points';
import { PROJECT_NAME_MAX, STATUS_NAME_MAX } from './rules';
import { LABEL_MAX } from '../task/rules';

/**
 * Commands on a project, as data: each names the project it addresses (a new one, its key) and carries what the
 * person chose. What a command needs beyond that and the project's state is added by its handler, and named in
 * `ProjectCommand` below: ids (a decider invents nothing), the sender, and trusted reads.
 */
const onProject = { projectId: id };
const name = text(PROJECT_NAME_MAX);
const statusName = text(STATUS_NAME_MAX);
const role = z.enum(ROLES);

export const CreateProject = z.strictObject({ type: z.literal('CreateProject'), name, key: text(6) });
export const RenameProject = z.strictObject({ type: z.literal('RenameProject'), ...onProject, name });
export const ArchiveProject = z.strictObject({ type: z.literal('ArchiveProject'), ...onProject });
export const RestoreProject = z.strictObject({ type: z.literal('RestoreProject'), ...onProject });
export const AddStatus = z.strictObject({
  type: z.literal('AddStatus'),
  ...onProject,
  name: statusName,
  category: z.enum(STATUS_CATEGORIES).optional(),
});
export const RenameStatus = z.strictObject({
  type: z.literal('RenameStatus'),
  ...onProject,
  statusId: id,
  name: statusName,
});
export const MoveStatus = z.strictObject({
  type: z.literal('MoveStatus'),
  ...onProject,
  statusId: id,
  toIndex: z.number().int().min(0).max(100),
});
export const ChangeStatusCategory = z.strictObject({
  type: z.literal('ChangeStatusCategory'),
  ...onProject,
  statusId: id,
  category: z.enum(STATUS_CATEGORIES),
});
/**
 * A status with tasks is removed only when the sender names where they go: its tasks are moved there in the same
 * command (server/commands/remove-status.ts), so that no task is ever left in a status the workflow lacks.
 */
export const RemoveStatus = z.strictObject({
  type: z.literal('RemoveStatus'),
  ...onProject,
  statusId: id,
  moveTasksTo: id.optional(),
});
export const ChangeMemberRole = z.strictObject({
  type: z.literal('ChangeMemberRole'),
  ...onProject,
  userId: id,
  role,
});
export const RemoveMember = z.strictObject({ type: z.literal('RemoveMember'), ...onProject, userId: id });
/** Any member may leave; the last owner must hand over first. */
export const LeaveProject = z.strictObject({ type: z.literal('LeaveProject'), ...onProject });
/**
 * The address is the command's, not the project's: the decider records only that someone was invited, with which
 * role; the address is kept beside the log (docs/security.md, "Personal data stays out of the log").
 */
export const InviteMember = z.strictObject({ type: z.literal('InviteMember'), ...onProject, email, role });
export const RevokeInvitation = z.strictObject({
  type: z.literal('RevokeInvitation'),
  ...onProject,
  invitationId: id,
});
/**
 * Sent by the person invited. Whether they are that person (they hold the link, and their account has the address
 * it was sent to) is checked by the server before this command is made: the log holds no addresses to check it by.
 */
export const AcceptInvitation = z.strictObject({ type: z.literal('AcceptInvitation'), invitationId: id });

const labelName = text(LABEL_MAX);
const colour = z.enum(LABEL_COLOURS);
export const CreateLabel = z.strictObject({ type: z.literal('CreateLabel'), ...onProject, name: labelName, colour });
/** Renaming or deleting a label changes every task that carries it, in the same command (server/commands/label-acts.ts). */
export const RenameLabel = z.strictObject({
  type: z.literal('RenameLabel'),
  ...onProject,
  labelId: id,
  name: labelName,
});
export const RecolourLabel = z.strictObject({ type: z.literal('RecolourLabel'), ...onProject, labelId: id, colour });
export const DeleteLabel = z.strictObject({ type: z.literal('DeleteLabel'), ...onProject, labelId: id });

/** A point of the project's history is the global position of one of its events (checked by the handler). */
export const NamePoint = z.strictObject({
  type: z.literal('NamePoint'),
  ...onProject,
  position: z.number().int().min(1),
  name: text(POINT_NAME_MAX),
});
export const UnnamePoint = z.strictObject({ type: z.literal('UnnamePoint'), ...onProject, pointId: id });

/** Every command on a project a person can send, by type. */
export const PROJECT_COMMANDS = {
  CreateProject,
  RenameProject,
  ArchiveProject,
  RestoreProject,
  AddStatus,
  RenameStatus,
  MoveStatus,
  RemoveStatus,
  ChangeStatusCategory,
  ChangeMemberRole,
  RemoveMember,
  LeaveProject,
  InviteMember,
  RevokeInvitation,
  AcceptInvitation,
  CreateLabel,
  RenameLabel,
  RecolourLabel,
  DeleteLabel,
  NamePoint,
  UnnamePoint,
} as const;

type Sent<S extends z.ZodType> = z.output<S>;
/** Membership commands name their sender: the decider checks that an owner gives the order. */
type FromActor = { readonly actorId: string };

/** A status as a command names it: its category defaults to 'started', the most common kind of added status. */
export interface NewStatus {
  readonly id: string;
  readonly name: string;
  readonly category?: StatusCategory;
}

/**
 * What the project's decider is given: the command as sent, and what its handler adds. A new project gets its id and
 * its first workflow's ids, and its creator becomes its first owner; `tasksInStatus` is counted under the project's
 * exclusive lock, so it cannot go stale before the append; so is `eventOfProject`, whether the
 * position named is an event of this project (read from the log, which only grows). `ReserveTaskNumber` is never sent: a task's creation
 * makes it (domain/task/in-project.ts).
 */
export type ProjectCommand =
  | (Sent<typeof CreateProject> & {
      readonly projectId: string;
      readonly statuses: readonly NewStatus[];
      readonly ownerId: string;
    })
  | Sent<typeof RenameProject>
  | Sent<typeof ArchiveProject>
  | Sent<typeof RestoreProject>
  | (Sent<typeof AddStatus> & { readonly statusId: string })
  | Sent<typeof RenameStatus>
  | Sent<typeof MoveStatus>
  | (Sent<typeof RemoveStatus> & { readonly tasksInStatus: number })
  | Sent<typeof ChangeStatusCategory>
  | { readonly type: 'ReserveTaskNumber'; readonly taskId: string }
  | (Sent<typeof ChangeMemberRole> & FromActor)
  | (Sent<typeof RemoveMember> & FromActor)
  | (Sent<typeof LeaveProject> & FromActor)
  | (Sent<typeof InviteMember> & FromActor & { readonly invitationId: string })
  | (Sent<typeof RevokeInvitation> & FromActor)
  | (Sent<typeof AcceptInvitation> & { readonly userId: string })
  | (Sent<typeof CreateLabel> & { readonly labelId: string })
  | Sent<typeof RenameLabel>
  | Sent<typeof RecolourLabel>
  | Sent<typeof DeleteLabel>
  | (Sent<typeof NamePoint> & { readonly pointId: string; readonly eventOfProject: boolean })
  | Sent<typeof UnnamePoint>
  /**
   * Never sent as such: `project.fork` makes it, with the source's workflow as it stood at `position` (new ids, the
   * same names and order); the fork's tasks follow as ordinary task commands (domain/history/fork.ts).
   */
  | {
      readonly type: 'ForkProject';
      readonly projectId: string;
      readonly key: string;
      readonly name: string;
      readonly ownerId: string;
      readonly statuses: readonly NewStatus[];
      readonly sourceProjectId: string;
      readonly sourceKey: string;
      readonly position: number;
      readonly at: string;
    }
  /** Never sent as such: the last step of `history.restore` (domain/history/restore.ts). */
  | {
      readonly type: 'MarkRestored';
      readonly position: number;
      readonly at: string;
      readonly taskId: string | null;
      readonly changes: number;
    }
  /** Never sent as such: the last step of `history.undo` (domain/history/undo.ts). */
  | { readonly type: 'MarkUndone'; readonly commandId: string; readonly positions: readonly number[] };

/** The workflow a new project starts with; the ids come from the caller because a decider makes no ids. */
export const DEFAULT_WORKFLOW: readonly Omit<NewStatus, 'id'>[] = [
  { name: 'Backlog', category: 'backlog' },
  { name: 'Todo', category: 'unstarted' },
  { name: 'In progress', category: 'started' },
  { name: 'Done', category: 'completed' },
];
