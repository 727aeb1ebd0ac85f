export const PRIORITIES = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type TaskEvent =
  | {
      type: 'TaskCreated';
      data: {
        taskId: string;
        projectId: string;
        number: number;
        title: string;
        description: string;
        statusId: string;
        rank: string;
        priority: Priority;
        assigneeId: string | null;
      };
    }
  | { type: 'TaskRenamed'; data: { title: string } }
  | { type: 'TaskDescribed'; data: { description: string } }
  | { type: 'TaskMoved'; data: { fromStatusId: string; toStatusId: string; rank: string } }
  | { type: 'TaskAssigned'; data: { assigneeId: string } }
  | { type: 'TaskUnassigned'; data: { previousAssigneeId: string } }
  | { type: 'TaskPrioritized'; data: { priority: Priority } }
  | { type: 'TaskScheduled'; data: { dueOn: string } }
  | { type: 'TaskUnscheduled'; data: Record<string, never> }
  | { type: 'TaskLabeled'; data: { added: readonly string[]; removed: readonly string[] } }
  | { type: 'CommentAdded'; data: { commentId: string; authorId: string; body: string } }
  | { type: 'CommentEdited'; data: { commentId: string; body: string } }
  /** The thread keeps the comment's place ("comment deleted"); its body stays in the log, as every change does. */
  | { type: 'CommentDeleted'; data: { commentId: string } }
  /** Only ever the undoing of a deletion: the comment comes back as it was. */
  | { type: 'CommentRestored'; data: { commentId: string } }
  | { type: 'TaskDeleted'; data: Record<string, never> }
  | { type: 'TaskRestored'; data: Record<string, never> };

export type TaskEventType = TaskEvent['type'];
