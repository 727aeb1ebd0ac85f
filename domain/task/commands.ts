import { z } from 'zod';
import { expectedVersion, id, text } from '../shared/schema';
import { PRIORITIES } from './events';
import { COMMENT_MAX, DESCRIPTION_MAX, LABEL_MAX, LABELS_PER_TASK_MAX, TITLE_MAX } from './rules';

/**
 * Commands on tasks, as data: each names the task it addresses (a new task, its project) and carries what the person
 * chose. A change may carry the version of the task its sender saw: the command handler refuses it once the task has
 * moved on. What a command needs beyond that and the streams' states is added by its handler (README, "How a command
 * is handled"), and named in `TaskCommand` below: ids (a decider invents nothing), the sender, and trusted reads.
 */
const onTask = { taskId: id, expectedVersion };
const title = text(TITLE_MAX);
const priority = z.enum(PRIORITIES);
const labels = z.array(text(LABEL_MAX)).max(LABELS_PER_TASK_MAX);

export const CreateTask = z.strictObject({
  type: z.literal('CreateTask'),
  projectId: id,
  title,
  description: text(DESCRIPTION_MAX).optional(),
  statusId: id.optional(),
  priority: priority.optional(),
  assigneeId: id.nullable().optional(),
});
export const RenameTask = z.strictObject({ type: z.literal('RenameTask'), ...onTask, title });
export const DescribeTask = z.strictObject({
  type: z.literal('DescribeTask'),
  ...onTask,
  description: text(DESCRIPTION_MAX),
});
/** `index`: where among the other tasks of the column the person dropped it. */
export const MoveTask = z.strictObject({
  type: z.literal('MoveTask'),
  ...onTask,
  toStatusId: id,
  index: z.number().int().min(0).max(100_000).optional(),
});
export const AssignTask = z.strictObject({ type: z.literal('AssignTask'), ...onTask, assigneeId: id.nullable() });
export const PrioritizeTask = z.strictObject({ type: z.literal('PrioritizeTask'), ...onTask, priority });
export const ScheduleTask = z.strictObject({ type: z.literal('ScheduleTask'), ...onTask, dueOn: text(10).nullable() });
export const LabelTask = z.strictObject({
  type: z.literal('LabelTask'),
  ...onTask,
  add: labels.default([]),
  remove: labels.default([]),
});
export const CommentOnTask = z.strictObject({ type: z.literal('CommentOnTask'), ...onTask, body: text(COMMENT_MAX) });
export const EditComment = z.strictObject({
  type: z.literal('EditComment'),
  ...onTask,
  commentId: id,
  body: text(COMMENT_MAX),
});
/** By its author, or by an owner of the project (who keeps the threads civil). */
export const DeleteComment = z.strictObject({ type: z.literal('DeleteComment'), ...onTask, commentId: id });
export const DeleteTask = z.strictObject({ type: z.literal('DeleteTask'), ...onTask });
export const RestoreTask = z.strictObject({ type: z.literal('RestoreTask'), ...onTask });

/** Every command on a task a person can send, by type. */
export const TASK_COMMANDS = {
  CreateTask,
  RenameTask,
  DescribeTask,
  MoveTask,
  AssignTask,
  PrioritizeTask,
  ScheduleTask,
  LabelTask,
  CommentOnTask,
  EditComment,
  DeleteComment,
  DeleteTask,
  RestoreTask,
} as const;

type Sent<S extends z.ZodType> = z.output<S>;

/** A task to create, as its handler gives it: the task's new id and its rank in its column. */
export type NewTask = Sent<typeof CreateTask> & { readonly taskId: string; readonly rank: string };

/**
 * What a task's decider is given: the command as sent, and what its handler adds; a new task's number is reserved by
 * its project in the same decision (domain/task/in-project.ts). `rank` places a task among its
 * column's others (read from the board where the task goes, under the project's lock); a restored task gets one for
 * the first status in case its own was removed while it was deleted, so that it never returns into a status gone.
 */
export type TaskCommand =
  | (NewTask & { readonly number: number })
  | Sent<typeof RenameTask>
  | Sent<typeof DescribeTask>
  | (Sent<typeof MoveTask> & { readonly rank: string })
  | Sent<typeof AssignTask>
  | Sent<typeof PrioritizeTask>
  | Sent<typeof ScheduleTask>
  | Sent<typeof LabelTask>
  | (Sent<typeof CommentOnTask> & { readonly commentId: string; readonly authorId: string })
  | (Sent<typeof EditComment> & { readonly editorId: string })
  | (Sent<typeof DeleteComment> & { readonly actorId: string; readonly moderator: boolean })
  /** Never sent: the undoing of a comment's deletion makes it (domain/history/undo.ts). */
  | { readonly type: 'RestoreComment'; readonly taskId: string; readonly commentId: string }
  | Sent<typeof DeleteTask>
  | (Sent<typeof RestoreTask> & { readonly rank?: string });
