import { evolveTask, initialTaskState, isTaskEvent, notFound, type TaskState } from '@/domain';
import type { Executor } from '../db/types';
import type { StoredEvent } from '../event-store';
import { resolvePoint, type ReplayPoint } from './point';
import { readTaskStream } from './task-stream';

/** The fields of a task a person sets, named as the task's read model names them. */
export const BLAMED_FIELDS = ['title', 'description', 'statusId', 'assigneeId', 'priority', 'dueOn', 'labels'] as const;
export type BlamedField = (typeof BLAMED_FIELDS)[number];

/** The event that last gave a field its value: who, when, and where to inspect it. */
export interface Setter {
  readonly position: number;
  readonly type: string;
  readonly actorId: string;
  readonly at: Date;
}

export type TaskBlame = Record<BlamedField, Setter>;

const valueOf = (state: TaskState, field: BlamedField) =>
  state.status === 'none' ? undefined : JSON.stringify(state[field]);

/**
 * `git blame` for a task: its stream folded event by event, remembering for each field the last event that changed
 * its value. Creating the task sets every field (those it leaves empty too); an event that leaves a value as it was
 * (a card reordered within its column, a label added twice) is not its setter. Undefined before the task existed.
 */
export function blameOf(events: readonly StoredEvent[]): TaskBlame | undefined {
  let state = initialTaskState;
  const blame: Partial<Record<BlamedField, Setter>> = {};
  for (const event of events) {
    if (!isTaskEvent(event)) continue;
    const next = evolveTask(state, event);
    const setter = {
      position: event.position,
      type: event.type,
      actorId: event.metadata.actorId,
      at: event.recordedAt,
    };
    for (const field of BLAMED_FIELDS) if (valueOf(state, field) !== valueOf(next, field)) blame[field] = setter;
    state = next;
  }
  return state.status === 'none' ? undefined : (blame as TaskBlame);
}

/** Who last set each field of a task of this project, now or as of a point of the project's history. */
export async function taskBlame(db: Executor, projectId: string, taskId: string, at: ReplayPoint | undefined) {
  const upTo = at ? await resolvePoint(db, projectId, at) : undefined;
  const blame = blameOf(await readTaskStream(db, taskId, upTo));
  if (!blame) throw notFound('The task did not exist yet at that point');
  return blame;
}
