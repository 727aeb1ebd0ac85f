import { assertNever } from '@/domain';
import { activityView } from '../db/schema';
import type { StoredEvent } from '../event-store/types';
import { asActivityEntry, described, type Described } from './activity-details';
import { board } from './board';
import { defineReadModel, holdingPositions, everyEventBut, table, taskIdOf, type RowReader } from './define';

/**
 * The project's activity feed: one entry an event, carrying the names as they were at that moment. It reads the
 * board's project and task rows as they were before the event, so it runs before the board.
 */
export const activity = defineReadModel({
  name: 'activity',
  maintained: 'inline',
  tables: { activity: holdingPositions(table(activityView, 'position'), 'position') },
  readsBefore: [board],
  handles: everyEventBut('TaskNumberReserved'),
  reads: (event) => {
    const taskId = taskOfEntry(event);
    return [
      { table: 'projects', key: { id: event.projectId } },
      ...(taskId ? [{ table: 'tasks', key: { id: taskId } }] : []),
      ...(event.type === 'ChangeUndone'
        ? event.data.positions.map((position) => ({ table: 'activity', key: { position } }))
        : []),
    ];
  },
  async apply(event, rows) {
    const entry = await describe(event, rows);
    if (entry === null) return [];
    const row = {
      position: event.position,
      projectId: event.projectId,
      taskId: taskOfEntry(event),
      actorId: event.metadata.actorId,
      ...entry,
      at: event.recordedAt,
    };
    return [{ insert: 'activity', row }];
  },
});

/** The task an entry is about: its stream's, or the one task a restore took back. */
const taskOfEntry = (event: StoredEvent) => (event.type === 'BoardRestored' ? event.data.taskId : taskIdOf(event));

type BoardRows = RowReader<typeof board.tables & typeof activity.tables>;

async function describe(event: StoredEvent, rows: BoardRows): Promise<Described | null> {
  const project = await rows.get('projects', { id: event.projectId });
  const statusName = (id: string) => project?.statuses.find((s) => s.id === id)?.name ?? 'a removed status';
  const taskId = taskOfEntry(event);
  const task = taskId ? await rows.get('tasks', { id: taskId }) : undefined;
  const ref = task && project ? { task: `${project.key}-${task.number}`, title: task.title } : {};

  switch (event.type) {
    case 'ProjectCreated':
      return described(event.type, { name: event.data.name, key: event.data.key });
    case 'ProjectRenamed':
      return described(event.type, { from: project?.name, to: event.data.name });
    case 'ProjectArchived':
    case 'ProjectRestored':
    case 'TaskDescribed':
    case 'TaskUnscheduled':
    case 'TaskDeleted':
    case 'TaskRestored':
      return described(event.type, { ...ref });
    case 'StatusAdded':
      return described(event.type, { status: event.data.name });
    case 'StatusRenamed':
      return described(event.type, { from: statusName(event.data.statusId), to: event.data.name });
    case 'StatusMoved':
      return described(event.type, { status: statusName(event.data.statusId), toIndex: event.data.toIndex });
    case 'StatusRemoved':
      return described(event.type, { status: statusName(event.data.statusId) });
    case 'StatusCategoryChanged':
      return described(event.type, { status: statusName(event.data.statusId), category: event.data.category });
    case 'TaskNumberReserved':
      return null;
    case 'MemberAdded':
    case 'MemberRoleChanged':
      return described(event.type, { userId: event.data.userId, role: event.data.role });
    case 'MemberRemoved':
      return described(event.type, { userId: event.data.userId });
    // Whom an invitation is for is never written here: only who sent or answered it.
    case 'MemberInvited':
      return described(event.type, { invitationId: event.data.invitationId, role: event.data.role });
    case 'InvitationRevoked':
      return described(event.type, { invitationId: event.data.invitationId });
    case 'InvitationAccepted':
      return described(event.type, { invitationId: event.data.invitationId, userId: event.data.userId });
    case 'LabelCreated':
      return described(event.type, { name: event.data.name, colour: event.data.colour });
    case 'LabelRenamed':
      return described(event.type, { from: event.data.from, to: event.data.name });
    case 'LabelRecoloured':
      return described(event.type, { labelId: event.data.labelId, colour: event.data.colour });
    case 'LabelDeleted':
      return described(event.type, { name: event.data.name });
    case 'PointNamed':
      return described(event.type, { name: event.data.name, position: event.data.position });
    case 'PointUnnamed':
      return described(event.type, { name: event.data.name });
    case 'TaskCreated':
      return described(event.type, {
        task: `${project?.key}-${event.data.number}`,
        title: event.data.title,
        status: statusName(event.data.statusId),
      });
    case 'TaskRenamed':
      return described(event.type, { ...ref, from: task?.title, to: event.data.title });
    case 'TaskMoved':
      return described(event.type, {
        ...ref,
        from: statusName(event.data.fromStatusId),
        to: statusName(event.data.toStatusId),
      });
    case 'TaskAssigned':
      return described(event.type, { ...ref, assigneeId: event.data.assigneeId });
    case 'TaskUnassigned':
      return described(event.type, { ...ref, assigneeId: event.data.previousAssigneeId });
    case 'TaskPrioritized':
      return described(event.type, { ...ref, from: task?.priority, to: event.data.priority });
    case 'TaskScheduled':
      return described(event.type, { ...ref, dueOn: event.data.dueOn });
    case 'TaskLabeled':
      return described(event.type, { ...ref, added: event.data.added, removed: event.data.removed });
    case 'CommentAdded':
      return described(event.type, { ...ref, commentId: event.data.commentId, excerpt: event.data.body.slice(0, 140) });
    case 'CommentEdited':
    case 'CommentDeleted':
    case 'CommentRestored':
      return described(event.type, { ...ref, commentId: event.data.commentId });
    case 'ProjectForked':
      return described(event.type, { ...event.data });
    case 'BoardRestored': {
      const { position, at, changes } = event.data;
      return described(event.type, { ...ref, position, at, changes });
    }
    case 'ChangeUndone':
      return described(event.type, {
        commandId: event.data.commandId,
        ...(await undoneEntry(event.data.positions, rows)),
      });
    default:
      return assertNever(event);
  }
}

/**
 * The first entry the undone command left in the timeline (a task's creation also reserved its number, which has
 * none), and how many changes it made. An entry that is itself an undo makes this a redo of what that one undid.
 */
async function undoneEntry(positions: readonly number[], rows: BoardRows) {
  for (const position of positions) {
    const row = await rows.get('activity', { position });
    if (!row) continue;
    const entry = asActivityEntry(row);
    const redo = entry.type === 'ChangeUndone';
    const undone = redo ? entry.details.undone : { type: entry.type, actorId: entry.actorId, details: entry.details };
    return { undone, redo, changes: positions.length };
  }
  return { redo: false, changes: positions.length };
}
