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
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import { executePrepared } from '../db/prepared';
import type { Executor } from '../db/types';
import { StreamStates } from './stream-states';
import { projectStreamId, readStream, taskStreamId, toDomainEvent } from '../event-store';

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
  return (await lockForCommand(db, undefined, projectId, lock, undefined, database)).project;
}

/**
 * A task of the project, or the initial state when the project has no such task (none yet, or it belongs to another
 * project). Its stream row is locked first, so commands on one task queue up instead of failing each other; the
 * version check at append time still guards against anything that slipped past (and against stale clients).
 */
export async function loadTask(
  db: Executor,
  projectId: string,
  taskId: string,
  database: object,
): Promise<Loaded<TaskState>> {
  return (await lockForCommand(db, undefined, projectId, 'share', taskId, database)).task!;
}

/** What it takes to fold one kind of stream, and the states of it this process has folded, per database. */
interface StreamKind<S> {
  readonly initial: S;
  readonly evolve: (state: S, events: DomainEvent[]) => S;
  readonly owns: (event: DomainEvent) => boolean;
  readonly states: WeakMap<object, StreamStates<S>>;
  readonly capacity: number;
}

const projectStreams: StreamKind<ProjectState> = {
  initial: initialProjectState,
  evolve: (state, events) => events.filter(isProjectEvent).reduce(projectDecider.evolve, state),
  owns: isProjectEvent,
  states: new WeakMap(),
  capacity: 1_000,
};

const taskStreams: StreamKind<TaskState> = {
  initial: initialTaskState,
  evolve: (state, events) => events.filter(isTaskEvent).reduce(evolveTask, state),
  // What the command path writes to a task's stream (execute.ts, writesOf).
  owns: (event) => !isProjectEvent(event),
  states: new WeakMap(),
  capacity: 20_000,
};

/**
 * A stream's state at the version of its row, read under the lock: the state this process last folded for it, with
 * only the events appended since folded on. Without it a command's cost grew with its streams' length: every task
 * command reads its project, whose stream grows by one event per task ever created, and a busy task's stream by one
 * per change (see docs/performance.md).
 */
async function foldTo<S>(
  db: Executor,
  kind: StreamKind<S>,
  streamId: string,
  version: number,
  database: object,
): Promise<Loaded<S>> {
  if (version === 0) return { state: kind.initial, version: 0, streamId };
  const states = statesOf(kind, database);
  const held = states.get(streamId, version) ?? { version: 0, state: kind.initial };
  const newer = held.version === version ? [] : await readStream(db, streamId, held.version);
  const state = kind.evolve(held.state, newer.filter((event) => event.streamVersion <= version).map(toDomainEvent));
  states.set(streamId, version, state);
  return { state, version, streamId };
}

/** What a command id was first used for, and what it answered. */
export interface EarlierCommand {
  readonly procedure: string;
  readonly payloadHash: string;
  readonly result: unknown;
}

/**
 * The start of a command, in one statement: what the sender's command id answered before, if it was used, and the
 * rows of the command's project and task locked (the project first, as every command takes them) with their
 * versions; then each state folded. Only a stream of the given project is found, and locked: a command never holds
 * a lock on another project's stream.
 */
export async function lockForCommand(
  tx: Executor,
  sender: { actorId: string; commandId: string } | undefined,
  projectId: string,
  projectLock: 'share' | 'update',
  taskId: string | undefined,
  database: object,
): Promise<{ earlier?: EarlierCommand; project: Loaded<ProjectState>; task?: Loaded<TaskState> }> {
  const projectStream = projectStreamId(projectId);
  const taskStream = taskId === undefined ? undefined : taskStreamId(taskId);
  const result: unknown = await executePrepared(
    tx,
    sql`
    with earlier as (
      select procedure, payload_hash as "payloadHash", result from processed_commands
      where ${sender ? sql`actor_id = ${sender.actorId} and command_id = ${sender.commandId}` : sql`false`}
    ), project as (
      select version from streams where stream_id = ${projectStream} and project_id = ${projectId}
      for ${sql.raw(projectLock === 'share' ? 'share' : 'update')}
    ), task as (
      select version from streams where stream_id = ${taskStream ?? ''} and project_id = ${projectId} for update
    )
    select (select row_to_json(earlier)::text from earlier) as earlier,
      (select version from project) as project_version,
      (select version from task) as task_version`,
  );
  const [row] = rowsOf<{ earlier: string | null; project_version: number | null; task_version: number | null }>(result);
  const project = await foldTo(tx, projectStreams, projectStream, row?.project_version ?? 0, database);
  const task =
    taskStream === undefined ? undefined : await foldTo(tx, taskStreams, taskStream, row?.task_version ?? 0, database);
  return { earlier: row?.earlier ? (JSON.parse(row.earlier) as EarlierCommand) : undefined, project, task };
}

/** A stream a command wrote: the state it was decided on, and the events it appended (of every stream). */
export type WrittenStream =
  | { kind: 'project'; loaded: Loaded<ProjectState>; events: readonly DomainEvent[] }
  | { kind: 'task'; loaded: Loaded<TaskState>; events: readonly DomainEvent[] };

/**
 * After a command committed, the states of the streams it wrote at their new versions, so that the next command on
 * them folds nothing: without it every command on a task read back the events of the one before.
 */
export function rememberWritten(written: readonly WrittenStream[], database: object) {
  for (const w of written) {
    if (w.kind === 'project') remember(projectStreams, w.loaded, w.events, database);
    else remember(taskStreams, w.loaded, w.events, database);
  }
}

function remember<S>(kind: StreamKind<S>, loaded: Loaded<S>, events: readonly DomainEvent[], database: object) {
  const own = events.filter((event) => kind.owns(event));
  if (own.length === 0) return;
  statesOf(kind, database).set(loaded.streamId, loaded.version + own.length, kind.evolve(loaded.state, [...own]));
}

function statesOf<S>(kind: StreamKind<S>, database: object): StreamStates<S> {
  let states = kind.states.get(database);
  if (!states) {
    states = new StreamStates<S>(kind.capacity);
    kind.states.set(database, states);
  }
  return states;
}

/**
 * Drops the task states this process holds for a database. A forgotten person's comments are folded into them as
 * written; after forgetting, the next command folds its task again from the log, where the text no longer opens.
 */
export function dropTaskStates(database: object) {
  taskStreams.states.delete(database);
}
