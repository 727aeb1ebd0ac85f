import {
  evolveTask,
  initialProjectState,
  initialTaskState,
  isProjectEvent,
  isTaskEvent,
  projectDecider,
  type DomainEvent,
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
export function loadProject(
  db: Executor,
  projectId: string,
  lock: 'share' | 'update',
  /** Whose folded states to reuse: the database the transaction belongs to (tests open several in one process). */
  database: object,
): Promise<Loaded<ProjectState>> {
  return loadStream(db, projectStreams, projectId, projectStreamId(projectId), lock, database);
}

/**
 * A task of the project, or the initial state when the project has no such task (none yet, or it belongs to another
 * project). Its stream row is locked first, so commands on one task queue up instead of failing each other; the
 * version check at append time still guards against anything that slipped past (and against stale clients).
 */
export function loadTask(
  db: Executor,
  projectId: string,
  taskId: string,
  database: object,
): Promise<Loaded<TaskState>> {
  return loadStream(db, taskStreams, projectId, taskStreamId(taskId), 'update', database);
}

/** What it takes to fold one kind of stream, and the states of it this process has folded, per database. */
interface StreamKind<S> {
  readonly initial: S;
  readonly evolve: (state: S, events: DomainEvent[]) => S;
  readonly states: WeakMap<object, StreamStates<S>>;
  readonly capacity: number;
}

const projectStreams: StreamKind<ProjectState> = {
  initial: initialProjectState,
  evolve: (state, events) => events.filter(isProjectEvent).reduce(projectDecider.evolve, state),
  states: new WeakMap(),
  capacity: 1_000,
};

const taskStreams: StreamKind<TaskState> = {
  initial: initialTaskState,
  evolve: (state, events) => events.filter(isTaskEvent).reduce(evolveTask, state),
  states: new WeakMap(),
  capacity: 20_000,
};

/**
 * A stream's state at the version of its row, read under the lock: the state this process last folded for it, with
 * only the events appended since folded on. Without it a command's cost grew with its streams' length: every task
 * command reads its project, whose stream grows by one event per task ever created, and a busy task's stream by one
 * per change (see README, Performance).
 */
async function loadStream<S>(
  db: Executor,
  kind: StreamKind<S>,
  projectId: string,
  streamId: string,
  lock: 'share' | 'update',
  database: object,
): Promise<Loaded<S>> {
  const row = await lockStream(db, streamId, projectId, lock);
  if (!row) return { state: kind.initial, version: 0, streamId };
  const states = statesOf(kind, database);
  const held = states.get(streamId, row.version) ?? { version: 0, state: kind.initial };
  const newer = held.version === row.version ? [] : await readStream(db, streamId, held.version);
  const state = kind.evolve(held.state, newer.filter((event) => event.streamVersion <= row.version).map(toDomainEvent));
  states.set(streamId, row.version, state);
  return { state, version: row.version, streamId };
}

function statesOf<S>(kind: StreamKind<S>, database: object): StreamStates<S> {
  let states = kind.states.get(database);
  if (!states) {
    states = new StreamStates<S>(kind.capacity);
    kind.states.set(database, states);
  }
  return states;
}
