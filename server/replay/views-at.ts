import { eq } from 'drizzle-orm';
import type { LabelColour } from '@/domain';
import { activityView, events } from '../db/schema';
import type { Executor } from '../db/types';
import { deserializeRows, taskIdOfStream, type StoredEvent } from '../event-store';
import { asActivityEntry, type ActivityEntry } from '../read-models/activity-details';
import { board } from '../read-models/board';
import { comments } from '../read-models/comments';
import { insights } from '../read-models/insights';
import { labels } from '../read-models/labels';
import { assembleBoard } from '../queries/board';
import { shownComment } from '../queries/task';
import { shapeInsights } from '../queries/insights';
import { resolvePoint, stepOf, type ReplayPoint } from './point';
import { replayProject } from './replay-project';

export interface AsOf {
  position: number;
  /** Which step of the project this is (a change the History lists): 1 for the first. */
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
  const [event] = (await deserializeRows(db, [row])) as [StoredEvent];
  const [activity] = await db.select().from(activityView).where(eq(activityView.position, position));
  return {
    position,
    step: await stepOf(db, projectId, position),
    time: event.recordedAt,
    event: {
      type: event.type,
      actorId: event.metadata.actorId,
      taskId: taskIdOfStream(event.streamId),
    },
    activity: activity ? asActivityEntry(activity) : null,
  };
}

/** The label list as it stood (its colours then), by name, as the live list is. */
function labelsThen(rows: Awaited<ReturnType<typeof replayProject>>) {
  return (rows.rows('labels') as { id: string; name: string; colour: LabelColour }[])
    .map(({ id, name, colour }) => ({ id, name, colour }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function boardAt(db: Executor, projectId: string, at: ReplayPoint) {
  const point = await asOf(db, projectId, at);
  if (!point) return undefined;
  const rows = await replayProject(db, projectId, point.position, [board, labels]);
  const project = await rows.get('projects', { id: projectId });
  return project
    ? { ...assembleBoard(project, rows.rows('tasks')), asOf: point, labelsThen: labelsThen(rows) }
    : undefined;
}

/** A task as it stood at a point, with its comments: the board and the comments replayed to it. */
export async function taskAt(db: Executor, projectId: string, taskId: string, at: ReplayPoint) {
  const point = await asOf(db, projectId, at);
  if (!point) return undefined;
  const rows = await replayProject(db, projectId, point.position, [board, comments, labels]);
  const [project, task] = [await rows.get('projects', { id: projectId }), await rows.get('tasks', { id: taskId })];
  if (!project || !task) return undefined;
  const taskComments = (await rows.find('comments', { taskId })).sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  return { task, project, comments: taskComments.map(shownComment), asOf: point, labelsThen: labelsThen(rows) };
}

/**
 * A project's Insights exactly as the live view showed them when the log ended at `position`: the Insights read
 * model replayed to that point, shaped by the same code as the live answer.
 */
export async function insightsAt(db: Executor, projectId: string, position: number) {
  const rows = await replayProject(db, projectId, position, [insights]);
  return {
    ready: true as const,
    position,
    ...shapeInsights({
      statuses: rows.rows('insightsStatuses'),
      flow: rows.rows('insightsFlow'),
      tasks: rows.rows('insightsTasks'),
    }),
  };
}
