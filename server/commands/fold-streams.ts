import {
  evolveProject,
  evolveTask,
  initialProjectState,
  initialTaskState,
  isProjectEvent,
  type Board,
  type ProjectState,
  type TaskState,
} from '@/domain';
import type { Executor } from '../db/types';
import { MAX_PAGE, readProjectHistory, readStreamsUpTo, toDomainEvent, type StoredEvent } from '../event-store';
import { projectStreamId, taskIdOfStream, taskStreamId } from '../event-store';

/** A project's streams folded: as they stand, at the positions asked for, and the version of each stream now. */
export interface FoldedStreams {
  readonly now: Board;
  readonly past: ReadonlyMap<number, Board>;
  readonly versions: ReadonlyMap<string, number>;
}

/**
 * Folds the project's stream and the given task streams (or all of its streams) from their events, in the log's
 * order, keeping the board as it stood after each position asked for. Read under the project's exclusive lock, it
 * is what the streams are until the act commits.
 */
export async function foldStreams(
  db: Executor,
  projectId: string,
  tasks: readonly string[] | 'all',
  pastAt: readonly number[],
): Promise<FoldedStreams> {
  const events =
    tasks === 'all'
      ? await wholeHistory(db, projectId)
      : await readStreamsUpTo(db, [projectStreamId(projectId), ...tasks.map(taskStreamId)], Number.MAX_SAFE_INTEGER);
  const points = [...new Set(pastAt)].sort((a, b) => a - b);
  const past = new Map<number, Board>();
  const versions = new Map<string, number>();
  // Folded in place: a board copied at each of a long history's events would cost its length times its tasks.
  let project: ProjectState = initialProjectState;
  const states = new Map<string, TaskState>();
  const board = (): Board => ({ project, tasks: Object.fromEntries(states) });
  for (const stored of events) {
    // Only this project's streams: a task id of another project folds into nothing.
    if (stored.projectId !== projectId) continue;
    while (points.length > 0 && points[0]! < stored.position) past.set(points.shift()!, board());
    const event = toDomainEvent(stored);
    const taskId = taskIdOfStream(stored.streamId);
    if (isProjectEvent(event)) project = evolveProject(project, event);
    else if (taskId !== null) states.set(taskId, evolveTask(states.get(taskId) ?? initialTaskState, event));
    versions.set(stored.streamId, stored.streamVersion);
  }
  for (const point of points) past.set(point, board());
  return { now: board(), past, versions };
}

async function wholeHistory(db: Executor, projectId: string): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await readProjectHistory(db, projectId, { after, limit: MAX_PAGE });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
    after = page.at(-1)!.position;
  }
}
