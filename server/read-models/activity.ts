import { assertNever } from '@/domain';
import { activityView } from '../db/schema';
import type { StoredEvent } from '../event-store/types';
import { board } from './board';
import { defineReadModel, table, taskIdOf, type RowReader } from './define';

/**
 * The project's activity feed: one entry an event, carrying the names as they were at that moment. It reads the
 * board's project and task rows as they were before the event, so it runs before the board.
 */
export const activity = defineReadModel({
  name: 'activity',
  maintained: 'inline',
  tables: { activity: table(activityView, 'position') },
  readsBefore: [board],
  handles: [
    'ProjectCreated',
    'ProjectRenamed',
    'ProjectArchived',
    'ProjectRestored',
    'StatusAdded',
    'StatusRenamed',
    'StatusMoved',
    'StatusRemoved',
    'MemberAdded',
    'MemberRoleChanged',
    'MemberRemoved',
    'MemberInvited',
    'InvitationRevoked',
    'InvitationAccepted',
    'TaskCreated',
    'TaskRenamed',
    'TaskDescribed',
    'TaskMoved',
    'TaskAssigned',
    'TaskUnassigned',
    'TaskPrioritized',
    'TaskScheduled',
    'TaskUnscheduled',
    'TaskLabeled',
    'CommentAdded',
    'CommentEdited',
    'TaskDeleted',
    'TaskRestored',
  ],
  async apply(event, rows) {
    const details = await describe(event, rows);
    if (details === null) return [];
    const row = {
      position: event.position,
      projectId: event.projectId,
      taskId: taskIdOf(event),
      actorId: event.metadata.actorId,
      type: event.type,
      details,
      at: event.recordedAt,
    };
    return [{ insert: 'activity', row }];
  },
});

type BoardRows = RowReader<typeof board.tables>;

async function describe(event: StoredEvent, rows: BoardRows): Promise<Record<string, unknown> | null> {
  const project = await rows.get('projects', { id: event.projectId });
  const statusName = (id: string) => project?.statuses.find((s) => s.id === id)?.name ?? 'a removed status';
  const taskId = taskIdOf(event);
  const task = taskId ? await rows.get('tasks', { id: taskId }) : undefined;
  const ref = task && project ? { task: `${project.key}-${task.number}`, title: task.title } : {};

  switch (event.type) {
    case 'ProjectCreated':
      return { name: event.data.name, key: event.data.key };
    case 'ProjectRenamed':
      return { from: project?.name, to: event.data.name };
    case 'ProjectArchived':
    case 'ProjectRestored':
    case 'TaskDescribed':
    case 'TaskUnscheduled':
    case 'TaskDeleted':
    case 'TaskRestored':
      return { ...ref };
    case 'StatusAdded':
      return { status: event.data.name };
    case 'StatusRenamed':
      return { from: statusName(event.data.statusId), to: event.data.name };
    case 'StatusMoved':
      return { status: statusName(event.data.statusId), toIndex: event.data.toIndex };
    case 'StatusRemoved':
      return { status: statusName(event.data.statusId) };
    case 'TaskNumberReserved':
      return null;
    case 'MemberAdded':
    case 'MemberRoleChanged':
      return { userId: event.data.userId, role: event.data.role };
    case 'MemberRemoved':
      return { userId: event.data.userId };
    // Whom an invitation is for is never written here: only who sent or answered it.
    case 'MemberInvited':
      return { invitationId: event.data.invitationId, role: event.data.role };
    case 'InvitationRevoked':
      return { invitationId: event.data.invitationId };
    case 'InvitationAccepted':
      return { invitationId: event.data.invitationId, userId: event.data.userId };
    case 'TaskCreated':
      return {
        task: `${project?.key}-${event.data.number}`,
        title: event.data.title,
        status: statusName(event.data.statusId),
      };
    case 'TaskRenamed':
      return { ...ref, from: task?.title, to: event.data.title };
    case 'TaskMoved':
      return { ...ref, from: statusName(event.data.fromStatusId), to: statusName(event.data.toStatusId) };
    case 'TaskAssigned':
      return { ...ref, assigneeId: event.data.assigneeId };
    case 'TaskUnassigned':
      return { ...ref, assigneeId: event.data.previousAssigneeId };
    case 'TaskPrioritized':
      return { ...ref, from: task?.priority, to: event.data.priority };
    case 'TaskScheduled':
      return { ...ref, dueOn: event.data.dueOn };
    case 'TaskLabeled':
      return { ...ref, added: event.data.added, removed: event.data.removed };
    case 'CommentAdded':
      return { ...ref, commentId: event.data.commentId, excerpt: event.data.body.slice(0, 140) };
    case 'CommentEdited':
      return { ...ref, commentId: event.data.commentId };
    default:
      return assertNever(event);
  }
}
