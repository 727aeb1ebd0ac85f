import type { LabelColour, Role, WorkflowStatus } from '@/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { commentDocument, SEARCH_INDEX_STORAGE, taskDocument } from './search-text';

/** Read models: derived from the events by server/read-models, dropped and rebuilt at will. */

export const projectsView = pgTable(
  'projects_view',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    archived: boolean('archived').notNull(),
    statuses: jsonb('statuses').$type<WorkflowStatus[]>().notNull(),
    lastTaskNumber: integer('last_task_number').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastPosition: bigint('last_position', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('projects_view_key_unique').on(t.key)],
);

export const tasksView = pgTable(
  'tasks_view',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    statusId: text('status_id').notNull(),
    /** Fractional-index keys compare byte by byte: the migration gives this column COLLATE "C". */
    rank: text('rank').notNull(),
    priority: text('priority').notNull(),
    assigneeId: uuid('assignee_id'),
    labels: jsonb('labels').$type<string[]>().notNull(),
    dueOn: text('due_on'),
    deleted: boolean('deleted').notNull(),
    version: integer('version').notNull(),
    commentCount: integer('comment_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastPosition: bigint('last_position', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('tasks_view_project_number_unique').on(t.projectId, t.number),
    index('tasks_view_board_idx').on(t.projectId, t.statusId, t.rank),
    index('tasks_view_search_idx').using('gin', taskDocument(t)).with(SEARCH_INDEX_STORAGE),
  ],
);

export const commentsView = pgTable(
  'comments_view',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id').notNull(),
    projectId: uuid('project_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date' }),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [
    index('comments_view_task_idx').on(t.taskId, t.createdAt),
    index('comments_view_search_idx')
      .using('gin', commentDocument(t))
      .with(SEARCH_INDEX_STORAGE)
      .where(sql`not ${t.deleted}`),
  ],
);

export const activityView = pgTable(
  'activity_view',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    projectId: uuid('project_id').notNull(),
    taskId: uuid('task_id'),
    actorId: uuid('actor_id').notNull(),
    type: text('type').notNull(),
    /** What a person reads: the names as they were when it happened (a status renamed later keeps its old name). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('activity_view_project_idx').on(t.projectId, t.position),
    // A comment's entry by its id: history search finds sealed comments by their text in comments_view.
    index('activity_view_comment_idx')
      .on(sql`(${t.details} ->> 'commentId')`)
      .where(sql`${t.type} = 'CommentAdded'`),
  ],
);

/**
 * Snapshots of a project's replayed read model every few hundred events, so that a replay to any point folds at most
 * that many events. Derived data: safe to delete at any time. `version` names the read models replayed and the
 * fingerprints of their code (server/read-models/fingerprints.ts); a checkpoint written by other code is never used.
 */
export const replayCheckpoints = pgTable(
  'replay_checkpoints',
  {
    projectId: uuid('project_id').notNull(),
    version: text('version').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    state: jsonb('state').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.version, t.position] })],
);

/**
 * Who belongs to which project, with their role; a removed member keeps a row (active = false) so that the views can
 * still name them in the project's history. Every access check reads this table.
 */
export const membersView = pgTable(
  'members_view',
  {
    /** projectId:userId, one row a person a project. */
    id: text('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<Role>().notNull(),
    active: boolean('active').notNull(),
    since: timestamp('since', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('members_view_project_idx').on(t.projectId), index('members_view_user_idx').on(t.userId, t.active)],
);

/** The names people gave to points of a project's history (like git's tags): only the current ones. */
export const namedPoints = pgTable(
  'named_points',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    /** The global position of the event named: the project as it stood right after it. */
    position: bigint('position', { mode: 'number' }).notNull(),
    namedBy: uuid('named_by').notNull(),
    namedAt: timestamp('named_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('named_points_project_idx').on(t.projectId, t.position)],
);

/** Each project's label list (server/read-models/labels.ts): a name, unique in its project, and its colour. */
export const projectLabels = pgTable(
  'project_labels',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    colour: text('colour').$type<LabelColour>().notNull(),
  },
  (t) => [index('project_labels_project_idx').on(t.projectId, t.name)],
);
