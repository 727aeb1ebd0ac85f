import type { StatusCategory } from '@/domain';
import { insightsFlow, insightsStatuses, insightsTasks } from '../db/schema';
import type { StoredEvent } from '../event-store/types';
import { buildTable, defineReadModel, taskIdOf, type RowChange, type RowReader } from './define';

const ACTIVE: readonly StatusCategory[] = ['started', 'completed'];

const tables = {
  insightsStatuses: buildTable(insightsStatuses, 'projectId', 'statusId'),
  insightsTasks: buildTable(insightsTasks, 'taskId'),
  insightsFlow: buildTable(insightsFlow, 'projectId', 'day', 'statusId'),
};
type Change = RowChange<typeof tables>;
type Rows = RowReader<typeof tables>;

/**
 * Flow metrics of each project, built from the whole log: how many tasks each status held day by day (cumulative
 * flow), and when each task was first started and last completed, with its number and title (cycle time and
 * throughput). It reads only its own rows, never another read model, so it can be built from any old history.
 */
export const insights = defineReadModel({
  name: 'insights',
  maintained: 'async',
  tables,
  handles: [
    'ProjectCreated',
    'StatusAdded',
    'StatusRenamed',
    'StatusMoved',
    'StatusRemoved',
    'StatusCategoryChanged',
    'TaskCreated',
    'TaskRenamed',
    'TaskMoved',
    'TaskDeleted',
    'TaskRestored',
  ],
  // The rows a task event reads first, so that a runner's batch reads them all in one statement.
  reads: (event) => {
    const { projectId } = event;
    const taskId = taskIdOf(event) ?? '';
    const status = (statusId: string) => [
      { table: 'insightsStatuses', key: { projectId, statusId } },
      { table: 'insightsFlow', key: { projectId, day: dayOf(event), statusId } },
    ];
    switch (event.type) {
      case 'TaskCreated':
        return status(event.data.statusId);
      case 'TaskMoved':
        return [
          { table: 'insightsTasks', key: { taskId } },
          ...status(event.data.fromStatusId),
          ...status(event.data.toStatusId),
        ];
      case 'TaskDeleted':
      case 'TaskRestored':
        return [{ table: 'insightsTasks', key: { taskId } }];
      default:
        return [];
    }
  },
  async apply(event, rows): Promise<Change[]> {
    const { projectId } = event;
    const taskId = taskIdOf(event) ?? '';
    switch (event.type) {
      case 'ProjectCreated':
        return event.data.statuses.map((s, place) => ({
          insert: 'insightsStatuses',
          row: { projectId, statusId: s.id, name: s.name, category: s.category, place, tasks: 0 },
        }));
      case 'StatusAdded': {
        const { statusId, name, category } = event.data;
        const place = (await rows.find('insightsStatuses', { projectId })).length;
        return [{ insert: 'insightsStatuses', row: { projectId, statusId, name, category, place, tasks: 0 } }];
      }
      case 'StatusRenamed':
        return [
          {
            update: 'insightsStatuses',
            key: { projectId, statusId: event.data.statusId },
            set: { name: event.data.name },
          },
        ];
      case 'StatusMoved': {
        const { statusId, toIndex } = event.data;
        const rest = (await rows.find('insightsStatuses', { projectId }))
          .sort((a, b) => a.place - b.place)
          .filter((s) => s.statusId !== statusId)
          .map((s) => s.statusId);
        rest.splice(toIndex, 0, statusId);
        return rest.map((id, place) => ({
          update: 'insightsStatuses',
          key: { projectId, statusId: id },
          set: { place },
        }));
      }
      case 'StatusRemoved':
        return [{ delete: 'insightsStatuses', key: { projectId, statusId: event.data.statusId } }];
      // Its tasks count from now on by the status's new meaning, as if they had just been moved into it: a status
      // made 'completed' completes them now, one no longer 'completed' reopens them.
      case 'StatusCategoryChanged': {
        const { statusId, category } = event.data;
        const held = await rows.find('insightsTasks', { projectId, statusId });
        return [
          { update: 'insightsStatuses', key: { projectId, statusId }, set: { category } },
          ...held.map((task): Change => ({
            update: 'insightsTasks',
            key: { taskId: task.taskId },
            set: reached(task, category, event.recordedAt),
          })),
        ];
      }
      case 'TaskCreated': {
        const { statusId, number, title } = event.data;
        const category = await categoryOf(rows, projectId, statusId);
        const at = (yes: boolean) => (yes ? event.recordedAt : null);
        return [
          {
            insert: 'insightsTasks',
            row: {
              taskId,
              projectId,
              statusId,
              number,
              title,
              deleted: false,
              startedAt: at(ACTIVE.includes(category)),
              completedAt: at(category === 'completed'),
            },
          },
          ...(await counts(rows, event, [[statusId, 1]])),
        ];
      }
      case 'TaskRenamed':
        return [{ update: 'insightsTasks', key: { taskId }, set: { title: event.data.title } }];
      case 'TaskMoved': {
        const task = await rows.get('insightsTasks', { taskId });
        if (!task) return [];
        const { fromStatusId, toStatusId } = event.data;
        const category = await categoryOf(rows, projectId, toStatusId);
        const moved: Change = {
          update: 'insightsTasks',
          key: { taskId },
          set: { statusId: toStatusId, ...reached(task, category, event.recordedAt) },
        };
        if (task.deleted) return [moved];
        return [
          moved,
          ...(await counts(rows, event, [
            [fromStatusId, -1],
            [toStatusId, 1],
          ])),
        ];
      }
      case 'TaskDeleted':
      case 'TaskRestored': {
        const deleted = event.type === 'TaskDeleted';
        const task = await rows.get('insightsTasks', { taskId });
        if (!task || task.deleted === deleted) return [];
        return [
          { update: 'insightsTasks', key: { taskId }, set: { deleted } },
          ...(await counts(rows, event, [[task.statusId, deleted ? -1 : 1]])),
        ];
      }
    }
  },
});

/** When a task was first started and last completed, once it is in a status of `category` from `at` on. */
function reached(
  task: { startedAt: Date | null; completedAt: Date | null },
  category: StatusCategory,
  at: Date,
): { startedAt: Date | null; completedAt: Date | null } {
  return {
    startedAt: task.startedAt ?? (ACTIVE.includes(category) ? at : null),
    completedAt: category === 'completed' ? (task.completedAt ?? at) : null,
  };
}

/** The day an event's counts are recorded under: its UTC date. */
const dayOf = (event: StoredEvent) => event.recordedAt.toISOString().slice(0, 10);

async function categoryOf(rows: Rows, projectId: string, statusId: string): Promise<StatusCategory> {
  const status = await rows.get('insightsStatuses', { projectId, statusId });
  return (status?.category ?? 'started') as StatusCategory;
}

/**
 * Moves statuses' task counts and records each as that status's count at the end of the event's day. Several moves
 * of one status (a task moved within its column) are added up first: every change is computed from the rows as
 * they were before the event.
 */
async function counts(rows: Rows, event: StoredEvent, deltas: [statusId: string, delta: number][]) {
  const { projectId } = event;
  const day = dayOf(event);
  const changes: Change[] = [];
  const byStatus = new Map<string, number>();
  for (const [statusId, delta] of deltas) byStatus.set(statusId, (byStatus.get(statusId) ?? 0) + delta);
  for (const [statusId, delta] of byStatus) {
    const status = await rows.get('insightsStatuses', { projectId, statusId });
    if (!status) continue;
    const tasks = status.tasks + delta;
    const key = { projectId, day, statusId };
    changes.push({ update: 'insightsStatuses', key: { projectId, statusId }, set: { tasks } });
    changes.push(
      (await rows.get('insightsFlow', key))
        ? { update: 'insightsFlow', key, set: { tasks } }
        : { insert: 'insightsFlow', row: { ...key, tasks } },
    );
  }
  return changes;
}
