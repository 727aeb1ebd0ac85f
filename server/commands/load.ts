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
  const state = await foldOnto(db, projectStates.of(database), streamId, row.version, (from, events) =>
    events.filter(isProjectEvent).reduce(projectDecider.evolve, from ?? initialProjectState),
  );
  return { state, version: row.version, streamId };
}

/**
 * A task's state. Its stream row is locked first, so commands on one task queue up instead of failing each other;
 * the version check at append time still guards against anything that slipped past (and against stale clients).
 */
export async function loadTask(db: Executor, taskId: string, database: object): Promise<Loaded<TaskState>> {
  const streamId = taskStreamId(taskId);
  const row = await lockStream(db, streamId, 'update');
  if (!row) return { state: initialTaskState, version: 0, streamId };
  const state = await foldOnto(db, taskStates.of(database), streamId, row.version, (from, events) =>
    events.filter(isTaskEvent).reduce(evolveTask, from ?? initialTaskState),
  );
  return { state, version: row.version, streamId };
}

/**
 * The state of a stream at `version` (read from its locked row): the state this process last folded for it, with
 * only the events appended since folded on. Without it a command's cost grew with its streams' length: every task
 * command reads its project, whose stream grows by one event per task ever created, and a busy task's stream by one
 * per change (see README, Performance).
 */
async function foldOnto<S>(
  db: Executor,
  states: StreamStates<S>,
  streamId: string,
  version: number,
  fold: (from: S | undefined, events: DomainEvent[]) => S,
): Promise<S> {
  const held = states.get(streamId, version);
  const newer = held?.version === version ? [] : await readStream(db, streamId, held?.version ?? 0);
  const state = fold(held?.state, newer.filter((event) => event.streamVersion <= version).map(toDomainEvent));
  states.set(streamId, version, state);
  return state;
}

/** One cache of folded states per database and kind of stream. */
class StatesByDatabase<S> {
  private readonly byDatabase = new WeakMap<object, StreamStates<S>>();

  constructor(private readonly capacity: number) {}

  of(database: object): StreamStates<S> {
    let states = this.byDatabase.get(database);
    if (!states) {
      states = new StreamStates<S>(this.capacity);
      this.byDatabase.set(database, states);
    }
    return states;
  }
}

const projectStates = new StatesByDatabase<ProjectState>(1_000);
const taskStates = new StatesByDatabase<TaskState>(20_000);

/** Which project a task belongs to, read before taking the project's lock. */
export async function projectOfTask(db: Executor, taskId: string): Promise<string | undefined> {
  return (await lockStream(db, taskStreamId(taskId), 'none'))?.projectId;
}
