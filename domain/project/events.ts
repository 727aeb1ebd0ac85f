/**
 * What a status means whatever it is called, so that reports can tell work not started from work in progress and
 * work done (the names are the team's own: "Doing", "QA", "Shipped"...).
 */
export const STATUS_CATEGORIES = ['backlog', 'unstarted', 'started', 'completed', 'canceled'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

import type { LabelColour } from './labels';
import type { Role } from './members';

export interface WorkflowStatus {
  readonly id: string;
  readonly name: string;
  readonly category: StatusCategory;
}

export type ProjectEvent =
  | {
      type: 'ProjectCreated';
      data: { projectId: string; key: string; name: string; statuses: readonly WorkflowStatus[] };
    }
  /**
   * The first event of a fork's stream, before its ProjectCreated: the project (and its key then) and the point of
   * its history (its position, and its time as the log recorded it) the fork started from. The fork's events are its
   * own; this is the one link back (README, "Acting on history").
   */
  | { type: 'ProjectForked'; data: { sourceProjectId: string; sourceKey: string; position: number; at: string } }
  | { type: 'ProjectRenamed'; data: { name: string } }
  | { type: 'ProjectArchived'; data: Record<string, never> }
  | { type: 'ProjectRestored'; data: Record<string, never> }
  | { type: 'StatusAdded'; data: { statusId: string; name: string; category: StatusCategory } }
  | { type: 'StatusRenamed'; data: { statusId: string; name: string } }
  | { type: 'StatusMoved'; data: { statusId: string; toIndex: number } }
  | { type: 'StatusRemoved'; data: { statusId: string } }
  /** What the status means changed; its tasks stay where they are, and reports count them by the new meaning. */
  | { type: 'StatusCategoryChanged'; data: { statusId: string; category: StatusCategory } }
  | { type: 'TaskNumberReserved'; data: { taskId: string; number: number } }
  /** Members are named by account id only: a person's name and e-mail live in the account tables, never here. */
  | { type: 'MemberAdded'; data: { userId: string; role: Role } }
  | { type: 'MemberRoleChanged'; data: { userId: string; role: Role } }
  | { type: 'MemberRemoved'; data: { userId: string } }
  /**
   * An invitation is named by its id alone: the address it was sent to is personal data and stays outside the log,
   * with the invitation's link (see server/invitations).
   */
  | { type: 'MemberInvited'; data: { invitationId: string; role: Role } }
  | { type: 'InvitationRevoked'; data: { invitationId: string } }
  /** Always followed, in the same command, by the MemberAdded that makes the person a member. */
  | { type: 'InvitationAccepted'; data: { invitationId: string; userId: string } }
  /**
   * The project's label list (domain/project/labels.ts). A rename or a deletion is followed, in the same command, by
   * the TaskLabeled of every task that carried the label, so that the tasks' own streams say what they carry.
   */
  | { type: 'LabelCreated'; data: { labelId: string; name: string; colour: LabelColour } }
  | { type: 'LabelRenamed'; data: { labelId: string; from: string; name: string } }
  | { type: 'LabelRecoloured'; data: { labelId: string; colour: LabelColour } }
  | { type: 'LabelDeleted'; data: { labelId: string; name: string } }
  /** A name given to a point of the project's history: the global position of one of its events. */
  | { type: 'PointNamed'; data: { pointId: string; position: number; name: string } }
  /** Carries the name it took away, so that the history can say which. */
  | { type: 'PointUnnamed'; data: { pointId: string; name: string } }
  /**
   * The last event of a restore: the board (or one task, `taskId`) was taken back to how it stood at `position`
   * (recorded `at`), by the `changes` events of the same command before it. Nothing after that point was erased.
   */
  | { type: 'BoardRestored'; data: { position: number; at: string; taskId: string | null; changes: number } }
  /**
   * The last event of an undo: the command `commandId` (whose events were at `positions`) was taken back by the
   * events of the same command before this one. The undo of an undo is a redo.
   */
  | { type: 'ChangeUndone'; data: { commandId: string; positions: readonly number[] } };

export type ProjectEventType = ProjectEvent['type'];

const projectEventTypes: Record<ProjectEventType, true> = {
  ProjectCreated: true,
  ProjectForked: true,
  ProjectRenamed: true,
  ProjectArchived: true,
  ProjectRestored: true,
  StatusAdded: true,
  StatusRenamed: true,
  StatusMoved: true,
  StatusRemoved: true,
  StatusCategoryChanged: true,
  TaskNumberReserved: true,
  MemberAdded: true,
  MemberRoleChanged: true,
  MemberRemoved: true,
  MemberInvited: true,
  InvitationRevoked: true,
  InvitationAccepted: true,
  LabelCreated: true,
  LabelRenamed: true,
  LabelRecoloured: true,
  LabelDeleted: true,
  PointNamed: true,
  PointUnnamed: true,
  BoardRestored: true,
  ChangeUndone: true,
};

export const isProjectEvent = (event: { type: string }): event is ProjectEvent => event.type in projectEventTypes;
