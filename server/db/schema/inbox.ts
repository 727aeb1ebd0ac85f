import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The Inbox read model (asynchronous, server/read-models/inbox.ts): every row belongs to one build, like Insights'.
 * Who was a member of each project from which position to which: a mention notifies only those who were members
 * when it was written.
 */
export const inboxMemberships = pgTable(
  'inbox_memberships',
  {
    version: integer('version').notNull(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id').notNull(),
    since: bigint('since', { mode: 'number' }).notNull(),
    until: bigint('until', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.version, t.projectId, t.userId, t.since] })],
);

/** What the inbox needs to know of each task: who it is assigned to, and whom its description mentions. */
export const inboxTasks = pgTable(
  'inbox_tasks',
  {
    version: integer('version').notNull(),
    taskId: uuid('task_id').notNull(),
    projectId: uuid('project_id').notNull(),
    assigneeId: uuid('assignee_id'),
    mentioned: jsonb('mentioned').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.taskId] })],
);

/** Whom each comment mentions: an edit notifies only the handles it adds. */
export const inboxComments = pgTable(
  'inbox_comments',
  {
    version: integer('version').notNull(),
    commentId: uuid('comment_id').notNull(),
    mentioned: jsonb('mentioned').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.commentId] })],
);

/** A notification to one person, named by the position of the event it tells about. */
export const inboxNotifications = pgTable(
  'inbox_notifications',
  {
    version: integer('version').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    projectId: uuid('project_id').notNull(),
    taskId: uuid('task_id').notNull(),
    kind: text('kind', { enum: ['assigned', 'commented'] }).notNull(),
    actorId: uuid('actor_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.recipientId, t.position] })],
);

/**
 * A handle mentioned by a comment or a description, kept as written: handles are not in the log (names and e-mails
 * are account data), so the person reading their inbox is matched to it by their own handle.
 */
export const inboxMentions = pgTable(
  'inbox_mentions',
  {
    version: integer('version').notNull(),
    handle: text('handle').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    projectId: uuid('project_id').notNull(),
    taskId: uuid('task_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.handle, t.position] })],
);

/**
 * Each person's inbox stream, kept apart from the project log because it belongs to no project: its version and the
 * state its events fold to (what the person has read), locked by the command that appends to it.
 */
export const inboxStreams = pgTable('inbox_streams', {
  userId: uuid('user_id').primaryKey(),
  version: integer('version').notNull(),
  readUpTo: bigint('read_up_to', { mode: 'number' }).notNull(),
  read: jsonb('read').$type<number[]>().notNull(),
});

/** The events of the inbox streams, in each person's order. */
export const inboxEvents = pgTable(
  'inbox_events',
  {
    userId: uuid('user_id').notNull(),
    version: integer('version').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    commandId: uuid('command_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);
