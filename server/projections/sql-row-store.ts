import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { activityView, commentsView, membersView, projectsView, tasksView } from '../db/schema';
import type { Executor } from '../db/types';
import type { ReadRows, ReadTable, RowKey, RowStore } from './row-store';

const tables: { [T in ReadTable]: { table: PgTable; key: PgColumn } } = {
  projects: { table: projectsView, key: projectsView.id },
  tasks: { table: tasksView, key: tasksView.id },
  comments: { table: commentsView, key: commentsView.id },
  activity: { table: activityView, key: activityView.position },
  members: { table: membersView, key: membersView.id },
};

/** The live read tables, written inside the command's transaction. */
export class SqlRowStore implements RowStore {
  constructor(private readonly db: Executor) {}

  async get<T extends ReadTable>(table: T, key: RowKey) {
    const { table: t, key: k } = tables[table];
    const [row] = await this.db.select().from(t).where(eq(k, key)).limit(1);
    return row as ReadRows[T] | undefined;
  }

  async insert<T extends ReadTable>(table: T, row: ReadRows[T]) {
    await this.db.insert(tables[table].table).values(row);
  }

  async update<T extends ReadTable>(table: T, key: RowKey, patch: Partial<ReadRows[T]>) {
    const { table: t, key: k } = tables[table];
    await this.db.update(t).set(patch).where(eq(k, key));
  }
}
