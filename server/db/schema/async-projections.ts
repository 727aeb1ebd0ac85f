import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Each build of each asynchronous projection: how far into the log it has read, and whether it is being built,
 * serves reads, or was replaced. A new build (new code, or a rebuild asked for) is made beside the active one and
 * becomes active, in the same transaction as its last batch, once it has caught up with the log (blue/green).
 */
export const projectionVersions = pgTable(
  'projection_versions',
  {
    name: text('name').notNull(),
    /** The build: every row the projection writes carries it, so two builds can live side by side. */
    version: integer('version').notNull(),
    /** The fingerprint of the read model's code that made this build; a deploy with new code starts a new build. */
    codeVersion: text('code_version').notNull(),
    position: bigint('position', { mode: 'number' }).notNull().default(0),
    state: text('state', { enum: ['building', 'active', 'retired'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.name, t.version] })],
);

/** Insights: every row belongs to one version of the projection, so two versions can live side by side. */
export const insightsStatuses = pgTable(
  'insights_statuses',
  {
    version: integer('version').notNull(),
    projectId: uuid('project_id').notNull(),
    statusId: text('status_id').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    place: integer('place').notNull(),
    tasks: integer('tasks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.projectId, t.statusId] })],
);

export const insightsTasks = pgTable(
  'insights_tasks',
  {
    version: integer('version').notNull(),
    taskId: uuid('task_id').notNull(),
    projectId: uuid('project_id').notNull(),
    statusId: text('status_id').notNull(),
    /** The task's number and title as they were at this build's position (null in builds made before they were kept). */
    number: integer('number'),
    title: text('title'),
    deleted: boolean('deleted').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.version, t.taskId] }),
    index('insights_tasks_project_idx').on(t.version, t.projectId),
  ],
);

/** How many tasks each status held at the end of each day something changed (the cumulative flow diagram). */
export const insightsFlow = pgTable(
  'insights_flow',
  {
    version: integer('version').notNull(),
    projectId: uuid('project_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    statusId: text('status_id').notNull(),
    tasks: integer('tasks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.projectId, t.day, t.statusId] })],
);
