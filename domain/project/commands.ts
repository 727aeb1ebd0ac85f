import type { WorkflowStatus } from './events';

export type ProjectCommand =
  | { type: 'CreateProject'; projectId: string; key: string; name: string; statuses: readonly WorkflowStatus[] }
  | { type: 'RenameProject'; name: string }
  | { type: 'ArchiveProject' }
  | { type: 'RestoreProject' }
  | { type: 'AddStatus'; statusId: string; name: string }
  | { type: 'RenameStatus'; statusId: string; name: string }
  | { type: 'MoveStatus'; statusId: string; toIndex: number }
  /** `tasksInStatus` is read by the command handler under the project's lock, so the count cannot go stale. */
  | { type: 'RemoveStatus'; statusId: string; tasksInStatus: number }
  | { type: 'ReserveTaskNumber'; taskId: string };

/** The workflow a new project starts with; the ids come from the caller because a decider makes no ids. */
export const DEFAULT_STATUS_NAMES = ['Backlog', 'Todo', 'In progress', 'Done'] as const;
