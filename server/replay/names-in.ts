import type { MemoryStore } from '../read-models';

/**
 * What the ids of a replayed project stand for, so that a command or a row reads "In progress" beside a status id:
 * its statuses and its tasks ("WEB-12 Fix the login"). People are named by the members list the page already has.
 */
export function namesIn(store: MemoryStore): Record<string, string> {
  const names: Record<string, string> = {};
  const keys = new Map<string, string>();
  for (const project of store.rows('projects')) {
    keys.set(project.id, project.key);
    for (const status of project.statuses) names[status.id] = status.name;
  }
  for (const task of store.rows('tasks'))
    names[task.id] = `${keys.get(task.projectId) ?? ''}-${task.number} ${task.title}`;
  return names;
}
