import { applyLabels, assertNever, moveStatus, type WorkflowStatus } from '@/domain';
import { projectsView, tasksView } from '../db/schema';
import { defineReadModel, holdingPositions, everyEventBut, table, taskIdOf } from './define';

/** Projects with their workflow, and the tasks on their boards. */
export const board = defineReadModel({
  name: 'board',
  maintained: 'inline',
  tables: {
    projects: holdingPositions(table(projectsView, 'id'), 'lastPosition'),
    tasks: holdingPositions(table(tasksView, 'id'), 'lastPosition'),
  },
  handles: everyEventBut(
    'MemberAdded',
    'MemberRoleChanged',
    'MemberRemoved',
    'MemberInvited',
    'InvitationRevoked',
    'InvitationAccepted',
    'PointNamed',
    'PointUnnamed',
    // The label list has a read model of its own; a task's labels change through its own TaskLabeled.
    'LabelCreated',
    'LabelRenamed',
    'LabelRecoloured',
    'LabelDeleted',
  ),
  async apply(event, rows) {
    const touched = { updatedAt: event.recordedAt, lastPosition: event.position };
    const project = (set: Partial<typeof projectsView.$inferSelect>) =>
      [{ update: 'projects', key: { id: event.projectId }, set: { ...set, ...touched } }] as const;
    const id = taskIdOf(event) ?? '';
    const task = (set: Partial<typeof tasksView.$inferSelect>) =>
      [{ update: 'tasks', key: { id }, set: { ...set, ...touched, version: event.streamVersion } }] as const;
    const workflow = async (change: (statuses: WorkflowStatus[]) => WorkflowStatus[]) => {
      const row = await rows.get('projects', { id: event.projectId });
      return row ? project({ statuses: change(row.statuses) }) : [];
    };

    switch (event.type) {
      case 'ProjectCreated':
        return [
          {
            insert: 'projects',
            row: {
              id: event.data.projectId,
              key: event.data.key,
              name: event.data.name,
              archived: false,
              statuses: [...event.data.statuses],
              lastTaskNumber: 0,
              createdAt: event.recordedAt,
              ...touched,
            },
          },
        ];
      // Where a fork came from is told by its history; its row starts with the ProjectCreated that follows.
      case 'ProjectForked':
        return [];
      case 'BoardRestored':
      case 'ChangeUndone':
        return project({});
      case 'ProjectRenamed':
        return project({ name: event.data.name });
      case 'ProjectArchived':
        return project({ archived: true });
      case 'ProjectRestored':
        return project({ archived: false });
      case 'StatusAdded': {
        const { statusId, name, category } = event.data;
        return workflow((statuses) => [...statuses, { id: statusId, name, category }]);
      }
      case 'StatusRenamed':
        return workflow((statuses) =>
          statuses.map((s) => (s.id === event.data.statusId ? { ...s, name: event.data.name } : s)),
        );
      case 'StatusMoved':
        return workflow((statuses) => moveStatus(statuses, event.data.statusId, event.data.toIndex));
      case 'StatusRemoved':
        return workflow((statuses) => statuses.filter((s) => s.id !== event.data.statusId));
      case 'StatusCategoryChanged':
        return workflow((statuses) =>
          statuses.map((s) => (s.id === event.data.statusId ? { ...s, category: event.data.category } : s)),
        );
      case 'TaskNumberReserved':
        return project({ lastTaskNumber: event.data.number });
      case 'TaskCreated':
        return [
          {
            insert: 'tasks',
            row: {
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
            },
          },
        ];
      case 'TaskRenamed':
        return task({ title: event.data.title });
      case 'TaskDescribed':
        return task({ description: event.data.description });
      case 'TaskMoved':
        return task({ statusId: event.data.toStatusId, rank: event.data.rank });
      case 'TaskAssigned':
        return task({ assigneeId: event.data.assigneeId });
      case 'TaskUnassigned':
        return task({ assigneeId: null });
      case 'TaskPrioritized':
        return task({ priority: event.data.priority });
      case 'TaskScheduled':
        return task({ dueOn: event.data.dueOn });
      case 'TaskUnscheduled':
        return task({ dueOn: null });
      case 'TaskLabeled': {
        const before = await rows.get('tasks', { id });
        return task({ labels: applyLabels(before?.labels ?? [], event.data.added, event.data.removed) });
      }
      case 'CommentAdded': {
        const before = await rows.get('tasks', { id });
        return task({ commentCount: (before?.commentCount ?? 0) + 1 });
      }
      case 'CommentEdited':
        return task({});
      case 'CommentDeleted':
      case 'CommentRestored': {
        const before = await rows.get('tasks', { id });
        const change = event.type === 'CommentDeleted' ? -1 : 1;
        return task({ commentCount: (before?.commentCount ?? 0) + change });
      }
      case 'TaskDeleted':
        return task({ deleted: true });
      case 'TaskRestored':
        return task({ deleted: false });
      default:
        return assertNever(event);
    }
  },
});
