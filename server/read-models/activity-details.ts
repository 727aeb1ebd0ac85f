import type { activityView } from '../db/schema';

/** The task an entry is about, named as it was then ("WEB-12", "Fix login"); absent when it was not known. */
type TaskRef = { task?: string; title?: string };

/**
 * What the timeline keeps of each kind of event, with names as they were when it happened. The browser switches over
 * these exhaustively: an event type the timeline cannot tell fails to compile there. TaskNumberReserved is left out:
 * it always comes with the TaskCreated of its command.
 */
export interface ActivityDetailsOf {
  ProjectCreated: { name: string; key: string };
  ProjectRenamed: { from?: string; to: string };
  ProjectArchived: TaskRef;
  ProjectRestored: TaskRef;
  StatusAdded: { status: string };
  StatusRenamed: { from: string; to: string };
  StatusMoved: { status: string; toIndex: number };
  StatusRemoved: { status: string };
  StatusCategoryChanged: { status: string; category: string };
  MemberAdded: { userId: string; role: string };
  MemberRoleChanged: { userId: string; role: string };
  MemberRemoved: { userId: string };
  // Whom an invitation is for is never written here: only who sent or answered it.
  MemberInvited: { invitationId: string; role: string };
  InvitationRevoked: { invitationId: string };
  InvitationAccepted: { invitationId: string; userId: string };
  LabelCreated: { name: string; colour: string };
  LabelRenamed: { from: string; to: string };
  LabelRecoloured: { labelId: string; colour: string };
  LabelDeleted: { name: string };
  PointNamed: { name: string; position: number };
  PointUnnamed: { name: string };
  TaskCreated: { task: string; title: string; status: string };
  TaskRenamed: TaskRef & { from?: string; to: string };
  TaskDescribed: TaskRef;
  TaskMoved: TaskRef & { from: string; to: string };
  TaskAssigned: TaskRef & { assigneeId: string };
  TaskUnassigned: TaskRef & { assigneeId: string };
  TaskPrioritized: TaskRef & { from?: string; to: string };
  TaskScheduled: TaskRef & { dueOn: string };
  TaskUnscheduled: TaskRef;
  TaskLabeled: TaskRef & { added: readonly string[]; removed: readonly string[] };
  CommentAdded: TaskRef & { commentId: string; excerpt: string };
  CommentEdited: TaskRef & { commentId: string };
  TaskDeleted: TaskRef;
  TaskRestored: TaskRef;
  CommentDeleted: TaskRef & { commentId: string };
  CommentRestored: TaskRef & { commentId: string };
  ProjectForked: { sourceProjectId: string; sourceKey: string; position: number; at: string };
  BoardRestored: TaskRef & { position: number; at: string; changes: number };
  /** What was undone, as its own entry told it (absent if it had none); `redo` when that was itself an undo. */
  ChangeUndone: { commandId: string; undone?: UndoneEntry; redo: boolean; changes: number };
}

/** The entry of a change that was undone, as the timeline told it. */
export interface UndoneEntry {
  readonly type: Exclude<ActivityType, 'ChangeUndone'>;
  readonly actorId: string;
  readonly details: object;
}
export type ActivityType = keyof ActivityDetailsOf;

type Row = typeof activityView.$inferSelect;

/** One timeline entry: its type and its details belong together, so a switch on `type` knows the details' shape. */
export type ActivityEntry = {
  [T in ActivityType]: Omit<Row, 'type' | 'details'> & { type: T; details: ActivityDetailsOf[T] };
}[ActivityType];

/** The described part of an entry, built per event type so that each type is checked against its details. */
export const described = <T extends ActivityType>(type: T, details: ActivityDetailsOf[T]) => ({ type, details });
export type Described = ReturnType<typeof described<ActivityType>>;

/** Rows of activity_view were written by the activity projection from these very types. */
export const asActivityEntry = (row: Row) => row as ActivityEntry;
