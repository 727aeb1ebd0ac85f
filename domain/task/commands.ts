import type { Priority } from './events';

/**
 * Commands on one task. Ids, the task number (reserved through the project) and the rank in its column (computed
 * from the neighbours the person dropped it between) come in with the command: a decider invents nothing.
 */
export type TaskCommand =
  | {
      type: 'CreateTask';
      taskId: string;
      number: number;
      title: string;
      description?: string;
      statusId?: string;
      rank: string;
      priority?: Priority;
      assigneeId?: string | null;
    }
  | { type: 'RenameTask'; title: string }
  | { type: 'DescribeTask'; description: string }
  | { type: 'MoveTask'; toStatusId: string; rank: string }
  | { type: 'AssignTask'; assigneeId: string | null }
  | { type: 'PrioritizeTask'; priority: Priority }
  | { type: 'ScheduleTask'; dueOn: string | null }
  | { type: 'LabelTask'; add: readonly string[]; remove: readonly string[] }
  | { type: 'CommentOnTask'; commentId: string; authorId: string; body: string }
  | { type: 'EditComment'; commentId: string; editorId: string; body: string }
  | { type: 'DeleteTask' }
  /**
   * `rank` places the task at the end of the first status in case its own status was removed while it was deleted
   * (the handler reads it from the board, as for a move); a task is never restored into a status that is gone.
   */
  | { type: 'RestoreTask'; rank?: string };
