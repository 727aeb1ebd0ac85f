import { evolveTask, initialTaskState, isTaskEvent, type TaskState } from '@/domain';
import type { Executor } from '../db/types';
import { readStream, readStreamsUpTo, taskStreamId, type StoredEvent } from '../event-store';

/** A task's own stream, whole or up to a position (a point of its project's history). */
export const readTaskStream = (db: Executor, taskId: string, upTo?: number): Promise<StoredEvent[]> =>
  upTo === undefined ? readStream(db, taskStreamId(taskId)) : readStreamsUpTo(db, [taskStreamId(taskId)], upTo);

/** The task as its decider knows it after these events of its stream. */
export const foldTask = (events: readonly StoredEvent[]): TaskState =>
  events.reduce((state, event) => (isTaskEvent(event) ? evolveTask(state, event) : state), initialTaskState);
