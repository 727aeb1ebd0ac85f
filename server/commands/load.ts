import {
  fold,
  isProjectEvent,
  isTaskEvent,
  projectDecider,
  taskDeciderIn,
  initialProjectState,
  type ProjectState,
  type TaskState,
} from '@/domain';
import type { Executor } from '../db/types';
import { StreamStates } from './stream-states';
import { lockStream, projectStreamId, readStream, taskStreamId, toDomainEvent } from '../event-store';

export interface Loaded<S> {
  readonly state: S;
  readonly version: number;
  readonly streamId: string;
}

/**
 * A project's state, with its stream row locked for the rest of the transaction. Task commands take it 'share' and
 * so run side by side; commands that write the project stream take it 'update', which waits for the task commands in
 * flight and keeps new ones out until commit. That is what keeps cross-stream rules (no task in a removed status, no
 * change to an archived project's tasks) true under concurrency.
 */
export async function loadProject(
  db: Executor,
  projectId: string,
  lock: 'share' | 'update',
  /** Whose folded states to reuse: the database the transaction belongs to (tests open several in one process). */
  database: object,
): Promise<Loaded<ProjectState>> {
  const streamId = projectStreamId(projectId);
  const row = await lockStream(db, streamId, lock);
  if (!row) return { state: initialProjectState, version: 0, streamId };
  const projectStates = statesOf(database);
  const from = projectStates.get(streamId, row.version) ?? { version: 0, state: initialProjectState };
  const newer = from.version === row.version ? [] : await readStream(db, streamId, from.version);
  const state = newer
    .filter((event) => event.streamVersion <= row.version)
    .map(toDomainEvent)
    .filter(isProjectEvent)
    .reduce(projectDecider.evolve, from.state);
  projectStates.set(streamId, row.version, state);
  return { state, version: row.version, streamId };
}

/**
 * Every task command reads its project, whose stream grows by one event per task ever created: folding it whole
 * each time made a command's cost grow with the project's age (see README, Performance).
 */
const projectStatesByDatabase = new WeakMap<object, StreamStates<ProjectState>>();

function statesOf(database: object) {
  let states = projectStatesByDatabase.get(database);
  if (!states) {
    states = new StreamStates<ProjectState>(1_000);
    projectStatesByDatabase.set(database, states);
  }
  return states;
}

/**
 * A task's state. Its stream row is locked first, so commands on one task queue up instead of failing each other;
 * the version check at append time still guards against anything that slipped past (and against stale clients).
 */
export async function loadTask(db: Executor, taskId: string): Promise<Loaded<TaskState>> {
  const streamId = taskStreamId(taskId);
  await lockStream(db, streamId, 'update');
  const events = await readStream(db, streamId);
  const state = fold(taskDeciderIn(initialProjectState), events.map(toDomainEvent).filter(isTaskEvent));
  return { state, version: events.at(-1)?.streamVersion ?? 0, streamId };
}

/** Which project a task belongs to, read before taking the project's lock. */
export async function projectOfTask(db: Executor, taskId: string): Promise<string | undefined> {
  return (await lockStream(db, taskStreamId(taskId), 'none'))?.projectId;
}
