import { randomUUID } from 'node:crypto';
import { generateKeyBetween } from 'fractional-indexing';
import {
  DEFAULT_WORKFLOW,
  decideProject,
  decideTask,
  evolveProject,
  evolveTask,
  initialProjectState,
  initialTaskState,
  PRIORITIES,
  type DomainEvent,
  type ProjectState,
  type TaskCommand,
  type TaskState,
} from '@/domain';
import type { Database } from '../../db/types';
import { pendingAppend, projectStreamId, taskStreamId, type StreamWrite, writeAppend } from '../../event-store';
import { inlineRowWrites } from '../../read-models';
import { insertUser } from '../../queries/users';
import { createRandom } from '../seed/random';

/**
 * A long project history for benchmarks, made by the real deciders (so every event is one the app could have
 * recorded) and appended in large transactions with the inline projections, which is far quicker than one command
 * at a time.
 */
export async function generateProjectHistory(
  db: Database,
  { events: target = 100_000, tasks: taskCount = 1_000, seed = 7 } = {},
) {
  const random = createRandom(seed);
  const actor = (await insertUser(db, 'Generator')).id;
  const projectId = randomUUID();
  let project: ProjectState = initialProjectState;
  let projectVersion = 0;
  const tasks: { id: string; state: TaskState; version: number }[] = [];
  let pending: StreamWrite[] = [];
  let written = 0;
  let clock = Date.now() - 365 * 86_400_000;

  const flush = async () => {
    const writes = pending;
    pending = [];
    const commandId = randomUUID();
    const metadata = { actorId: actor, commandId, correlationId: commandId, causationId: commandId };
    clock += 60_000;
    await db.transaction(async (tx) => {
      const append = pendingAppend(writes, metadata, new Date(clock));
      await writeAppend(tx, append, { changes: await inlineRowWrites(tx, append.events) });
    });
  };
  const record = async (streamId: string, expectedVersion: number, events: readonly DomainEvent[]) => {
    pending.push({ streamId, projectId, expectedVersion, events });
    written += events.length;
    if (pending.length >= 500) await flush();
  };
  const onProject = async (events: ReturnType<typeof decideProject>) => {
    await record(projectStreamId(projectId), projectVersion, events);
    projectVersion += events.length;
    project = events.reduce(evolveProject, project);
  };

  await onProject(
    decideProject(
      {
        type: 'CreateProject',
        projectId,
        key: `G${random.int(100, 999)}`,
        name: 'Generated history',
        statuses: DEFAULT_WORKFLOW.map((status) => ({ ...status, id: randomUUID() })),
        ownerId: actor,
      },
      project,
    ),
  );
  if (project.status === 'none') throw new Error('project not created');
  const statuses = project.statuses.map((s) => s.id);

  let rank: string | null = null;
  for (let i = 0; i < taskCount; i++) {
    const taskId = randomUUID();
    await onProject(decideProject({ type: 'ReserveTaskNumber', taskId }, project));
    rank = generateKeyBetween(rank, null);
    const title = `Generated task ${i + 1}`;
    const command: TaskCommand = { type: 'CreateTask', projectId, taskId, number: i + 1, title, rank };
    const events = decideTask(command, initialTaskState, project);
    await record(taskStreamId(taskId), 0, events);
    tasks.push({ id: taskId, state: events.reduce(evolveTask, initialTaskState), version: events.length });
  }

  while (written < target) {
    const task = random.pick(tasks);
    const roll = random.next();
    const command: TaskCommand =
      roll < 0.4
        ? {
            type: 'MoveTask',
            taskId: task.id,
            toStatusId: random.pick(statuses),
            rank: `a${random.int(1000, 9999)}`,
          }
        : roll < 0.6
          ? {
              type: 'CommentOnTask',
              taskId: task.id,
              commentId: randomUUID(),
              authorId: actor,
              body: `Comment ${written}`,
            }
          : roll < 0.8
            ? { type: 'RenameTask', taskId: task.id, title: `Generated task, take ${written}` }
            : { type: 'PrioritizeTask', taskId: task.id, priority: random.pick(PRIORITIES) };
    const events = decideTask(command, task.state, project);
    await record(taskStreamId(task.id), task.version, events);
    task.state = events.reduce(evolveTask, task.state);
    task.version += events.length;
  }
  if (pending.length > 0) await flush();
  return { projectId, ownerId: actor, events: written };
}
