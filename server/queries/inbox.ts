import { and, desc, eq, gt, isNull, lte, ne, notInArray, or, type AnyColumn, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { handleOf, initialInboxState, isRead, type InboxState } from '@/domain/inbox';
import {
  inboxMemberships,
  inboxMentions,
  inboxNotifications,
  inboxStreams,
  membersView,
  projectsView,
  tasksView,
  users,
} from '../db/schema';
import type { Executor } from '../db/types';
import { activeVersion } from './insights';

/** Whose inbox is read: the person signed in, whose e-mail gives the handle mentions name them by. */
export interface Reader {
  readonly id: string;
  readonly email: string;
}

export type NotificationKind = 'assigned' | 'commented' | 'mentioned' | 'due';

/** One line of the inbox. `id` is the position of the event it tells about, or the task and day it is due. */
export interface InboxNotification {
  readonly id: string;
  readonly position: number | null;
  readonly kind: NotificationKind;
  readonly projectKey: string;
  readonly projectName: string;
  readonly taskNumber: number;
  readonly taskTitle: string;
  readonly actorName: string | null;
  readonly at: Date | null;
  readonly unread: boolean;
}

/** The unread count stops here: a badge says "99+" rather than counting a neglected inbox to the end. */
export const UNREAD_COUNTED = 100;
export const INBOX_PAGE = 50;

/** What a person has read: their inbox stream's state. */
export async function inboxState(db: Executor, userId: string): Promise<InboxState> {
  const [row] = await db.select().from(inboxStreams).where(eq(inboxStreams.userId, userId));
  return row ? { readUpTo: row.readUpTo, read: row.read } : initialInboxState;
}

/** Only projects the reader is a member of now: one they left shows nothing, whatever it notified them of before. */
const stillMember = (reader: Reader, projectId: AnyColumn) =>
  and(eq(membersView.projectId, projectId), eq(membersView.userId, reader.id), eq(membersView.active, true));

/** The notifications addressed to the reader by id. */
const directedTo = (reader: Reader, version: number, where?: SQL) =>
  and(eq(inboxNotifications.version, version), eq(inboxNotifications.recipientId, reader.id), where);

/**
 * The mentions of the reader's handle, by others, at a point where the reader was a member of the project: a handle
 * written before they joined (or while they were away) named someone else, or no one.
 */
const mentionsOf = (reader: Reader, version: number, where?: SQL) =>
  and(
    eq(inboxMentions.version, version),
    eq(inboxMentions.handle, handleOf(reader.email)),
    ne(inboxMentions.actorId, reader.id),
    where,
  );

const memberWhenWritten = (reader: Reader, version: number) =>
  and(
    eq(inboxMemberships.version, version),
    eq(inboxMemberships.projectId, inboxMentions.projectId),
    eq(inboxMemberships.userId, reader.id),
    lte(inboxMemberships.since, inboxMentions.position),
    or(isNull(inboxMemberships.until), gt(inboxMemberships.until, inboxMentions.position)),
  );

const taskShown = (taskId: AnyColumn) => and(eq(tasksView.id, taskId), eq(tasksView.deleted, false));

/**
 * The reader's notifications, newest first: those the Inbox read model derived from the log, and "due tomorrow" for
 * the tasks assigned to them, derived from the tasks' due dates and the clock now (no event says a day has come, and
 * a read model that read a clock would not rebuild to the same rows).
 */
export async function readInbox(db: Executor, reader: Reader, now: Date) {
  const active = await activeVersion(db, 'inbox');
  const state = await inboxState(db, reader.id);
  const due = await dueTomorrow(db, reader, now);
  if (!active) return { ready: false as const, notifications: due, readUpTo: state.readUpTo };
  const { version } = active;
  const shown = {
    position: inboxNotifications.position,
    projectKey: projectsView.key,
    projectName: projectsView.name,
    taskNumber: tasksView.number,
    taskTitle: tasksView.title,
    actorName: users.name,
  };
  const directed = await db
    .select({ ...shown, kind: inboxNotifications.kind, at: inboxNotifications.recordedAt })
    .from(inboxNotifications)
    .innerJoin(membersView, stillMember(reader, inboxNotifications.projectId))
    .innerJoin(tasksView, taskShown(inboxNotifications.taskId))
    .innerJoin(projectsView, eq(projectsView.id, inboxNotifications.projectId))
    .leftJoin(users, eq(users.id, inboxNotifications.actorId))
    .where(directedTo(reader, version))
    .orderBy(desc(inboxNotifications.position))
    .limit(INBOX_PAGE);
  const mentioned = await db
    .select({ ...shown, position: inboxMentions.position, at: inboxMentions.recordedAt })
    .from(inboxMentions)
    .innerJoin(inboxMemberships, memberWhenWritten(reader, version))
    .innerJoin(membersView, stillMember(reader, inboxMentions.projectId))
    .innerJoin(tasksView, taskShown(inboxMentions.taskId))
    .innerJoin(projectsView, eq(projectsView.id, inboxMentions.projectId))
    .leftJoin(users, eq(users.id, inboxMentions.actorId))
    .where(mentionsOf(reader, version))
    .orderBy(desc(inboxMentions.position))
    .limit(INBOX_PAGE);
  // A comment that mentions the assignee of its task tells them once, as a mention.
  const byPosition = new Map<
    number,
    (typeof directed)[number] | ((typeof mentioned)[number] & { kind: 'mentioned' })
  >();
  for (const row of directed) byPosition.set(row.position, row);
  for (const row of mentioned) byPosition.set(row.position, { ...row, kind: 'mentioned' });
  const logged = [...byPosition.values()]
    .sort((a, b) => b.position - a.position)
    .slice(0, INBOX_PAGE)
    .map((row): InboxNotification => ({
      id: String(row.position),
      position: row.position,
      kind: row.kind,
      projectKey: row.projectKey,
      projectName: row.projectName,
      taskNumber: row.taskNumber,
      taskTitle: row.taskTitle,
      actorName: row.actorName,
      at: row.at,
      unread: !isRead(state, row.position),
    }));
  return { ready: true as const, notifications: [...due, ...logged], readUpTo: state.readUpTo };
}

/** How many notifications of the log the reader has not read, up to UNREAD_COUNTED. */
export async function unreadCount(db: Executor, reader: Reader): Promise<number> {
  const active = await activeVersion(db, 'inbox');
  if (!active) return 0;
  const { version } = active;
  const state = await inboxState(db, reader.id);
  const unread = (position: AnyColumn) =>
    and(gt(position, state.readUpTo), state.read.length > 0 ? notInArray(position, [...state.read]) : undefined);
  const positions = await union(
    db
      .select({ position: inboxNotifications.position })
      .from(inboxNotifications)
      .innerJoin(membersView, stillMember(reader, inboxNotifications.projectId))
      .innerJoin(tasksView, taskShown(inboxNotifications.taskId))
      .where(directedTo(reader, version, unread(inboxNotifications.position))),
    db
      .select({ position: inboxMentions.position })
      .from(inboxMentions)
      .innerJoin(inboxMemberships, memberWhenWritten(reader, version))
      .innerJoin(membersView, stillMember(reader, inboxMentions.projectId))
      .innerJoin(tasksView, taskShown(inboxMentions.taskId))
      .where(mentionsOf(reader, version, unread(inboxMentions.position))),
  ).limit(UNREAD_COUNTED);
  return positions.length;
}

const DAY = 86_400_000;
const DONE = new Set(['completed', 'canceled']);

/** Tasks assigned to the reader, still open, due on the day after `now`'s (UTC), in projects they are in. */
async function dueTomorrow(db: Executor, reader: Reader, now: Date) {
  const tomorrow = new Date(now.getTime() + DAY).toISOString().slice(0, 10);
  const rows = await db
    .select({
      taskId: tasksView.id,
      statusId: tasksView.statusId,
      taskNumber: tasksView.number,
      taskTitle: tasksView.title,
      projectKey: projectsView.key,
      projectName: projectsView.name,
      statuses: projectsView.statuses,
    })
    .from(tasksView)
    .innerJoin(membersView, stillMember(reader, tasksView.projectId))
    .innerJoin(projectsView, eq(projectsView.id, tasksView.projectId))
    .where(
      and(
        eq(tasksView.assigneeId, reader.id),
        eq(tasksView.dueOn, tomorrow),
        eq(tasksView.deleted, false),
        eq(projectsView.archived, false),
      ),
    )
    .orderBy(projectsView.key, tasksView.number)
    .limit(INBOX_PAGE);
  return rows
    .filter((row) => !DONE.has(row.statuses.find((s) => s.id === row.statusId)?.category ?? ''))
    .map((row): InboxNotification => ({
      id: `due:${row.taskId}:${tomorrow}`,
      position: null as number | null,
      kind: 'due',
      projectKey: row.projectKey,
      projectName: row.projectName,
      taskNumber: row.taskNumber,
      taskTitle: row.taskTitle,
      actorName: null as string | null,
      at: null as Date | null,
      unread: false,
    }));
}
