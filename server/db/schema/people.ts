import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * People are not event sourced: events hold only their ids, so a person's name can change or be forgotten without
 * rewriting the log.
 */
export const people = pgTable('people', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
