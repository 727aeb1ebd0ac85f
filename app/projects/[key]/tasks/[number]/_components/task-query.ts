/**
 * Shared by the page that prefetches a task and the component that reads it: both must ask the same question. With
 * `at` (a global position) it is the task as it stood right after that event.
 */
export const taskInput = (key: string, number: number, at: number | null) =>
  at ? { key, number, at: { position: at } } : { key, number };

export const TASK_HISTORY_SHOWN = 20;

/**
 * The task's latest changes, fetched with the page: a first read still on its way when a command lands would answer
 * from before the command, and nothing would ask again.
 */
export const taskHistoryInput = (projectId: string, taskId: string, at: number | null) => ({
  projectId,
  taskId,
  limit: TASK_HISTORY_SHOWN,
  ...(at ? { at: { position: at } } : {}),
});

/** Who last set each field, fetched with the page; as of a point, who had by then. */
export const taskBlameInput = (taskId: string, at: number | null) => ({
  taskId,
  ...(at ? { at: { position: at } } : {}),
});
