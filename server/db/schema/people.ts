import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Each person's key for the personal text of the events they write (comment bodies), kept outside the log so that
 * forgetting the person can destroy it while the log stays append-only (crypto-shredding, README "Forgetting a
 * person"). A forgotten person keeps their row with `key` null: a tombstone, so that no later write can make them a
 * new key and nothing can tell a forgotten person from a lost key.
 */
export const personKeys = pgTable('person_keys', {
  userId: uuid('user_id').primaryKey(),
  /** 32 random bytes in base64 (AES-256-GCM), made by the server; null once the person was forgotten. */
  key: text('key'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  forgottenAt: timestamp('forgotten_at', { withTimezone: true, mode: 'date' }),
});
