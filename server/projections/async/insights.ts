import { and, asc, eq, sql } from 'drizzle-orm';
import type { StatusCategory } from '@/domain';
import { insightsFlow, insightsStatuses, insightsTasks } from '../../db/schema';
import type { Transaction } from '../../db/types';
import type { StoredEvent } from '../../event-store';
import type { AsyncProjection } from './types';

const ACTIVE: readonly StatusCategory[] = ['started', 'completed'];

/**
 * Flow metrics of each project, built from the whole log: how many tasks each status held day by day (cumulative
 * flow), and when each task was first started and last completed (cycle time and throughput). It reads only events,
 * never another read model, so it can be built from any old history.
 */
export const insightsProjection: AsyncProjection = {
  name: 'insights',
  /** Bump when the logic below changes: a new build is made beside the old one, then replaces it. */
  version: 1,
  async apply(tx, events, build) {
    for (const event of events) await applyEvent(tx, build, event);
  },
  async discard(tx, version) {
    await tx.delete(insightsFlow).where(eq(insightsFlow.version, version));
    await tx.delete(insightsTasks).where(eq(insightsTasks.version, version));
    await tx.delete(insightsStatuses).where(eq(insightsStatuses.version, version));
  },
};

async function applyEvent(tx: Transaction, version: number, event: StoredEvent) {
  const { projectId } = event;
  const taskId = event.streamId.slice('task-'.length);
  switch (event.type) {
    case 'ProjectCreated':
      await tx.insert(insightsStatuses).values(
        event.data.statuses.map((s, place) => ({
          version,
          projectId,
          statusId: s.id,
          name: s.name,
          category: s.category,
          place,
          tasks: 0,
        })),
      );
      return;
    case 'StatusAdded': {
      const places = await statuses(tx, version, projectId);
      await tx.insert(insightsStatuses).values({
        version,
        projectId,
        statusId: event.data.statusId,
        name: event.data.name,
        category: event.data.category,
        place: places.length,
        tasks: 0,
      });
      return;
    }
    case 'StatusRenamed':
      await tx
        .update(insightsStatuses)
        .set({ name: event.data.name })
        .where(statusKey(version, projectId, event.data.statusId));
      return;
    case 'StatusMoved': {
      const rest = (await statuses(tx, version, projectId)).filter((s) => s.statusId !== event.data.statusId);
      rest.splice(event.data.toIndex, 0, { statusId: event.data.statusId });
      for (const [place, s] of rest.entries()) {
        await tx
          .update(insightsStatuses)
          .set({ place })
          .where(statusKey(version, projectId, s.statusId));
      }
      return;
    }
    case 'StatusRemoved':
      await tx.delete(insightsStatuses).where(statusKey(version, projectId, event.data.statusId));
      return;
    case 'TaskCreated': {
      const category = await categoryOf(tx, version, projectId, event.data.statusId);
      await tx.insert(insightsTasks).values({
        version,
        taskId,
        projectId,
        statusId: event.data.statusId,
        deleted: false,
        startedAt: ACTIVE.includes(category) ? event.recordedAt : null,
        completedAt: category === 'completed' ? event.recordedAt : null,
      });
      await count(tx, version, event, event.data.statusId, 1);
      return;
    }
    case 'TaskMoved': {
      const [task] = await tx.select().from(insightsTasks).where(taskKey(version, taskId));
      if (!task) return;
      const category = await categoryOf(tx, version, projectId, event.data.toStatusId);
      const wasCompleted = task.completedAt !== null;
      await tx
        .update(insightsTasks)
        .set({
          statusId: event.data.toStatusId,
          startedAt: task.startedAt ?? (ACTIVE.includes(category) ? event.recordedAt : null),
          completedAt: category === 'completed' ? (wasCompleted ? task.completedAt : event.recordedAt) : null,
        })
        .where(taskKey(version, taskId));
      if (!task.deleted) {
        await count(tx, version, event, event.data.fromStatusId, -1);
        await count(tx, version, event, event.data.toStatusId, 1);
      }
      return;
    }
    case 'TaskDeleted':
    case 'TaskRestored': {
      const deleted = event.type === 'TaskDeleted';
      const [task] = await tx.select().from(insightsTasks).where(taskKey(version, taskId));
      if (!task || task.deleted === deleted) return;
      await tx.update(insightsTasks).set({ deleted }).where(taskKey(version, taskId));
      await count(tx, version, event, task.statusId, deleted ? -1 : 1);
      return;
    }
    default:
      return;
  }
}

const statusKey = (version: number, projectId: string, statusId: string) =>
  and(
    eq(insightsStatuses.version, version),
    eq(insightsStatuses.projectId, projectId),
    eq(insightsStatuses.statusId, statusId),
  );
const taskKey = (version: number, taskId: string) =>
  and(eq(insightsTasks.version, version), eq(insightsTasks.taskId, taskId));

const statuses = (tx: Transaction, version: number, projectId: string) =>
  tx
    .select({ statusId: insightsStatuses.statusId })
    .from(insightsStatuses)
    .where(and(eq(insightsStatuses.version, version), eq(insightsStatuses.projectId, projectId)))
    .orderBy(asc(insightsStatuses.place));

async function categoryOf(
  tx: Transaction,
  version: number,
  projectId: string,
  statusId: string,
): Promise<StatusCategory> {
  const [row] = await tx
    .select({ category: insightsStatuses.category })
    .from(insightsStatuses)
    .where(statusKey(version, projectId, statusId));
  return (row?.category ?? 'started') as StatusCategory;
}

/** Moves a status's task count and records it as that status's count at the end of the event's day. */
async function count(tx: Transaction, version: number, event: StoredEvent, statusId: string, delta: number) {
  const [row] = await tx
    .update(insightsStatuses)
    .set({ tasks: sql`${insightsStatuses.tasks} + ${delta}` })
    .where(statusKey(version, event.projectId, statusId))
    .returning({ tasks: insightsStatuses.tasks });
  if (!row) return;
  const day = event.recordedAt.toISOString().slice(0, 10);
  await tx
    .insert(insightsFlow)
    .values({ version, projectId: event.projectId, day, statusId, tasks: row.tasks })
    .onConflictDoUpdate({
      target: [insightsFlow.version, insightsFlow.projectId, insightsFlow.day, insightsFlow.statusId],
      set: { tasks: row.tasks },
    });
}
