import type { activityView, commentsView, membersView, projectsView, tasksView } from '../db/schema';

/** The read tables a projection may touch, with the row each holds and the column that identifies a row. */
export interface ReadRows {
  projects: typeof projectsView.$inferSelect;
  tasks: typeof tasksView.$inferSelect;
  comments: typeof commentsView.$inferSelect;
  activity: typeof activityView.$inferSelect;
  members: typeof membersView.$inferSelect;
}
export type ReadTable = keyof ReadRows;
export type RowKey = string | number;

/**
 * What a projection sees of the read model. The live tables (SQL, inside the command's transaction) and a replay in
 * memory both implement it, so one projection function builds both and they cannot disagree.
 */
export interface RowStore {
  get<T extends ReadTable>(table: T, key: RowKey): Promise<ReadRows[T] | undefined>;
  insert<T extends ReadTable>(table: T, row: ReadRows[T]): Promise<void>;
  update<T extends ReadTable>(table: T, key: RowKey, patch: Partial<ReadRows[T]>): Promise<void>;
}

export const keyOf = <T extends ReadTable>(table: T, row: ReadRows[T]): RowKey =>
  table === 'activity' ? (row as ReadRows['activity']).position : (row as { id: string }).id;
