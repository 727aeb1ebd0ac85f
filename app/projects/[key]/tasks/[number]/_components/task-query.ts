/**
 * Shared by the page that prefetches a task and the component that reads it: both must ask the same question. With
 * `at` (a global position) it is the task as it stood right after that event.
 */
export const taskInput = (key: string, number: number, at: number | null) =>
  at ? { key, number, at: { position: at } } : { key, number };
