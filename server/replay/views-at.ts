import { eq } from 'drizzle-orm';
import { activityView, events } from '../db/schema';
import type { Executor } from '../db/types';
import { asActivityEntry, type ActivityEntry } from '../projections/activity-details';
import { deserialize, projectStreamId, readStreamsUpTo, taskStreamId } from '../event-store';
import { projectBoard, projectComments, replayInMemory } from '../projections';
import { assembleBoard } from '../queries/board';
import { resolvePoint, stepOf, type ReplayPoint } from './point';
import { replayProject } from './replay-project';

export interface AsOf {
  position: number;
  /** Which event of the project this is: 1 for the first. */
  step: number;
  time: Date;
  /** The event at this point: what a step of the replay changed. */
  event: { type: string; actorId: string; taskId: string | null };
  /** How the timeline tells that event (null for bookkeeping events the timeline leaves out). */
  activity: ActivityEntry | null;
}

/** What the point resolved to: the last event of the project at or before it, or undefined before its first. */
async function asOf(db: Executor, projectId: string, at: ReplayPoint): Promise<AsOf | undefined> {
  const position = await resolvePoint(db, projectId, at);
  if (position === 0) return undefined;
  const [row] = await db.select().from(events).where(eq(events.position, position));
  if (!row) return undefined;
  const event = deserialize(row);
  const [activity] = await db.select().from(activityView).where(eq(activityView.position, position));
  return {
    position,
    step: await stepOf(db, projectId, position),
    time: event.recordedAt,
    event: {
      type: event.type,
      actorId: event.metadata.actorId,
      taskId: event.streamId.startsWith('task-') ? event.streamId.slice('task-'.length) : null,
    },
    activity: activity ? asActivityEntry(activity) : null,
  };
}

export async function boardAt(db: Executor, projectId: string, at: ReplayPoint) {
  const point = await asOf(db, projectId, at);
  if (!point) return undefined;
  const rows = await replayProject(db, projectId, point.position);
  const project = await rows.get('projects', projectId);
  return project ? { ...assembleBoard(project, rows.rows('tasks')), asOf: point } : undefined;
}

/** A task as it stood at a point: its own stream and its project's, folded by the live projection code. */
export async function taskAt(db: Executor, projectId: string, taskId: string, at: ReplayPoint) {
  const point = await asOf(db, projectId, at);
  if (!point) return undefined;
  const history = await readStreamsUpTo(db, [projectStreamId(projectId), taskStreamId(taskId)], point.position);
  const rows = await replayInMemory(history, [projectBoard, projectComments]);
  const [project, task] = [await rows.get('projects', projectId), await rows.get('tasks', taskId)];
  if (!project || !task) return undefined;
  const comments = rows
    .rows('comments')
    .filter((c) => c.taskId === taskId)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { task, project, comments, asOf: point };
}
