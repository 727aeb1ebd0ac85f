import { activityView, commentsView, membersView, projectsView, tasksView } from '../../db/schema';
import type { Executor } from '../../db/types';
import type { MemoryRowStore, ReadRows, ReadTable } from '../../projections';

const byKey = (a: { id?: string; position?: number }, b: { id?: string; position?: number }) =>
  String(a.id ?? a.position).localeCompare(String(b.id ?? b.position));

/** Every read table's rows in a stable order, for comparing two read models row by row. */
export async function liveReadModel(db: Executor): Promise<{ [T in ReadTable]: ReadRows[T][] }> {
  return {
    projects: (await db.select().from(projectsView)).sort(byKey),
    tasks: (await db.select().from(tasksView)).sort(byKey),
    comments: (await db.select().from(commentsView)).sort(byKey),
    activity: (await db.select().from(activityView)).sort(byKey),
    members: (await db.select().from(membersView)).sort(byKey),
  };
}

export function memoryReadModel(store: MemoryRowStore): { [T in ReadTable]: ReadRows[T][] } {
  return {
    projects: store.rows('projects').sort(byKey),
    tasks: store.rows('tasks').sort(byKey),
    comments: store.rows('comments').sort(byKey),
    activity: store.rows('activity').sort(byKey),
    members: store.rows('members').sort(byKey),
  };
}
