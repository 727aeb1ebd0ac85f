import type { StatusCategory } from './events';

/** A status as a command names it: its category defaults to 'started', the most common kind of added status. */
export interface NewStatus {
  readonly id: string;
  readonly name: string;
  readonly category?: StatusCategory;
}

export type ProjectCommand =
  | { type: 'CreateProject'; projectId: string; key: string; name: string; statuses: readonly NewStatus[] }
  | { type: 'RenameProject'; name: string }
  | { type: 'ArchiveProject' }
  | { type: 'RestoreProject' }
  | { type: 'AddStatus'; statusId: string; name: string; category?: StatusCategory }
  | { type: 'RenameStatus'; statusId: string; name: string }
  | { type: 'MoveStatus'; statusId: string; toIndex: number }
  /** `tasksInStatus` is read by the command handler under the project's lock, so the count cannot go stale. */
  | { type: 'RemoveStatus'; statusId: string; tasksInStatus: number }
  | { type: 'ReserveTaskNumber'; taskId: string };

/** The workflow a new project starts with; the ids come from the caller because a decider makes no ids. */
export const DEFAULT_WORKFLOW: readonly Omit<NewStatus, 'id'>[] = [
  { name: 'Backlog', category: 'backlog' },
  { name: 'Todo', category: 'unstarted' },
  { name: 'In progress', category: 'started' },
  { name: 'Done', category: 'completed' },
];
