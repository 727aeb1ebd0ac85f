import { applyLabels, assertNever, moveStatus } from '@/domain';
import type { StoredEvent } from '../event-store/types';
import type { RowStore } from './row-store';

/** Projects with their workflow, and the tasks on their boards. */
export async function projectBoard(event: StoredEvent, rows: RowStore): Promise<void> {
  const touched = { updatedAt: event.recordedAt, lastPosition: event.position };
  const updateProject = (patch: object) => rows.update('projects', event.projectId, { ...patch, ...touched });
  const taskId = event.streamId.startsWith('task-') ? event.streamId.slice('task-'.length) : '';
  const updateTask = (patch: object) =>
    rows.update('tasks', taskId, { ...patch, ...touched, version: event.streamVersion });

  switch (event.type) {
    case 'ProjectCreated':
      return rows.insert('projects', {
        id: event.data.projectId,
        key: event.data.key,
        name: event.data.name,
        archived: false,
        statuses: [...event.data.statuses],
        lastTaskNumber: 0,
        createdAt: event.recordedAt,
        ...touched,
      });
    case 'ProjectRenamed':
      return updateProject({ name: event.data.name });
    case 'ProjectArchived':
      return updateProject({ archived: true });
    case 'ProjectRestored':
      return updateProject({ archived: false });
    case 'StatusAdded':
    case 'StatusRenamed':
    case 'StatusMoved':
    case 'StatusRemoved':
      return updateWorkflow(event, rows, updateProject);
    case 'TaskNumberReserved':
      return updateProject({ lastTaskNumber: event.data.number });
    case 'MemberAdded':
    case 'MemberRoleChanged':
    case 'MemberRemoved':
    case 'MemberInvited':
    case 'InvitationRevoked':
    case 'InvitationAccepted':
      return;
    case 'TaskCreated':
      return rows.insert('tasks', {
        id: event.data.taskId,
        projectId: event.data.projectId,
        number: event.data.number,
        title: event.data.title,
        description: event.data.description,
        statusId: event.data.statusId,
        rank: event.data.rank,
        priority: event.data.priority,
        assigneeId: event.data.assigneeId,
        labels: [],
        dueOn: null,
        deleted: false,
        version: event.streamVersion,
        commentCount: 0,
        createdAt: event.recordedAt,
        ...touched,
      });
    case 'TaskRenamed':
      return updateTask({ title: event.data.title });
    case 'TaskDescribed':
      return updateTask({ description: event.data.description });
    case 'TaskMoved':
      return updateTask({ statusId: event.data.toStatusId, rank: event.data.rank });
    case 'TaskAssigned':
      return updateTask({ assigneeId: event.data.assigneeId });
    case 'TaskUnassigned':
      return updateTask({ assigneeId: null });
    case 'TaskPrioritized':
      return updateTask({ priority: event.data.priority });
    case 'TaskScheduled':
      return updateTask({ dueOn: event.data.dueOn });
    case 'TaskUnscheduled':
      return updateTask({ dueOn: null });
    case 'TaskLabeled': {
      const task = await rows.get('tasks', taskId);
      return updateTask({ labels: applyLabels(task?.labels ?? [], event.data.added, event.data.removed) });
    }
    case 'CommentAdded': {
      const task = await rows.get('tasks', taskId);
      return updateTask({ commentCount: (task?.commentCount ?? 0) + 1 });
    }
    case 'CommentEdited':
      return updateTask({});
    case 'TaskDeleted':
      return updateTask({ deleted: true });
    case 'TaskRestored':
      return updateTask({ deleted: false });
    default:
      return assertNever(event);
  }
}

async function updateWorkflow(
  event: Extract<StoredEvent, { type: 'StatusAdded' | 'StatusRenamed' | 'StatusMoved' | 'StatusRemoved' }>,
  rows: RowStore,
  updateProject: (patch: object) => Promise<void>,
) {
  const project = await rows.get('projects', event.projectId);
  if (!project) return;
  const statuses = project.statuses;
  switch (event.type) {
    case 'StatusAdded':
      return updateProject({
        statuses: [...statuses, { id: event.data.statusId, name: event.data.name, category: event.data.category }],
      });
    case 'StatusRenamed':
      return updateProject({
        statuses: statuses.map((s) => (s.id === event.data.statusId ? { ...s, name: event.data.name } : s)),
      });
    case 'StatusMoved':
      return updateProject({ statuses: moveStatus(statuses, event.data.statusId, event.data.toIndex) });
    case 'StatusRemoved':
      return updateProject({ statuses: statuses.filter((s) => s.id !== event.data.statusId) });
  }
}
