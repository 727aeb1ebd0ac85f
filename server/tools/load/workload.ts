import { randomUUID } from 'node:crypto';
import { PRIORITIES, STATUS_CATEGORIES } from '@/domain';
import type { Answer } from './http';

interface KnownTask {
  readonly id: string;
  /** The newest version any client was told about: a command pinned to it is stale if another is in flight. */
  version: number;
  deleted: boolean;
}

/**
 * What the clients together know of the project, learnt only from the answers they got, the way a browser's cache
 * would: it may be stale, and sending commands on stale knowledge is part of the test.
 */
export class World {
  readonly tasks: KnownTask[] = [];
  readonly hot: KnownTask[];
  statuses: string[];
  /** Statuses seen removed: a few moves go there on purpose, and must be refused. */
  readonly removed = new Set<string>();
  private readonly byId = new Map<string, KnownTask>();

  constructor(
    readonly projectId: string,
    readonly members: readonly string[],
    private readonly initialStatuses: readonly string[],
    hotTaskIds: readonly string[],
  ) {
    this.statuses = [...initialStatuses];
    this.hot = hotTaskIds.map((id) => this.addTask(id, 1));
  }

  addTask(id: string, version: number): KnownTask {
    const task = { id, version, deleted: false };
    this.tasks.push(task);
    this.byId.set(id, task);
    return task;
  }

  task(id: string): KnownTask | undefined {
    return this.byId.get(id);
  }

  /** Statuses the load added and that are still there: the ones the owner tries to remove. */
  get added(): string[] {
    return this.statuses.filter((s) => !this.initialStatuses.includes(s));
  }

  refreshWorkflow(statusIds: readonly string[]) {
    for (const id of this.statuses) if (!statusIds.includes(id)) this.removed.add(id);
    this.statuses = [...statusIds];
  }
}

export interface PlannedCommand {
  readonly path: string;
  readonly input: Record<string, unknown> & { commandId: string };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const LABELS = ['bug', 'ui', 'api', 'docs', 'perf', 'infra', 'design', 'urgent', 'later', 'qa'];
const MAX_ADDED_STATUSES = 4;

/** The share of each task command in the mix (the owner's project commands come on top). */
const TASK_MIX: [number, TaskCommandKind][] = [
  [6, 'create'],
  [28, 'move'],
  [12, 'rename'],
  [14, 'comment'],
  [10, 'assign'],
  [10, 'label'],
  [10, 'prioritize'],
  [5, 'schedule'],
  [2, 'delete'],
  [3, 'restore'],
];
type TaskCommandKind =
  'create' | 'move' | 'rename' | 'comment' | 'assign' | 'label' | 'prioritize' | 'schedule' | 'delete' | 'restore';

/** The next command of one client: the owner also changes the workflow now and then. */
export function planCommand(world: World, random: Random, isOwner: boolean): PlannedCommand {
  const commandId = randomUUID();
  if (isOwner && random() < 0.1) return planWorkflowChange(world, random, commandId);
  let roll = random() * 100;
  const kind = TASK_MIX.find(([share]) => (roll -= share) < 0)?.[1] ?? 'rename';
  if (kind === 'create') {
    return {
      path: 'task.create',
      input: {
        commandId,
        projectId: world.projectId,
        title: `Task from the load ${commandId.slice(0, 8)}`,
        ...(random() < 0.5 ? { statusId: pick(random, world.statuses) } : {}),
        ...(random() < 0.3 ? { assigneeId: pick(random, world.members) } : {}),
      },
    };
  }
  const deleted = world.tasks.filter((t) => t.deleted);
  const task =
    kind === 'restore' && deleted.length > 0
      ? pick(random, deleted)
      : pick(random, random() < 0.7 ? world.hot : world.tasks);
  const ref = { commandId, taskId: task.id, ...(random() < 0.25 ? { expectedVersion: task.version } : {}) };
  return { path: `task.${kind}`, input: { ...ref, ...taskCommandInput(kind, world, random) } };
}

function taskCommandInput(kind: Exclude<TaskCommandKind, 'create'>, world: World, random: Random) {
  switch (kind) {
    case 'move': {
      const toRemoved = world.removed.size > 0 && random() < 0.05;
      return {
        toStatusId: pick(random, toRemoved ? [...world.removed] : world.statuses),
        ...(random() < 0.5 ? { index: Math.floor(random() * 6) } : {}),
      };
    }
    case 'rename':
      return { title: `Renamed ${Math.floor(random() * 1_000)}` };
    case 'comment':
      return { body: `A comment from the load, ${Math.floor(random() * 1_000_000)}` };
    case 'assign':
      return { assigneeId: random() < 0.1 ? null : pick(random, world.members) };
    case 'label': {
      const add = pick(random, LABELS);
      const remove = pick(random, LABELS);
      return add === remove ? { add: [add] } : { add: [add], remove: [remove] };
    }
    case 'prioritize':
      return { priority: pick(random, PRIORITIES) };
    case 'schedule':
      return { dueOn: random() < 0.2 ? null : `2027-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}` };
    case 'delete':
    case 'restore':
      return {};
  }
}

/** Adds a status, or tries to remove one the load added: refused (412) while it holds tasks. */
function planWorkflowChange(world: World, random: Random, commandId: string): PlannedCommand {
  const { added } = world;
  if (added.length > 0 && (added.length >= MAX_ADDED_STATUSES || random() < 0.6)) {
    return {
      path: 'project.removeStatus',
      input: { commandId, projectId: world.projectId, statusId: added.at(-1)! },
    };
  }
  return {
    path: 'project.addStatus',
    input: {
      commandId,
      projectId: world.projectId,
      name: `Lane ${commandId.slice(0, 6)}`,
      category: pick(random, STATUS_CATEGORIES),
    },
  };
}

/** What an answer teaches the clients about the tasks. Workflow changes are read back separately. */
export function learn(world: World, command: PlannedCommand, answer: Answer) {
  if (answer.outcome !== 'ok') return;
  const { result } = answer;
  if (command.path === 'task.create' && result.taskId) {
    world.addTask(result.taskId, result.streamVersion);
    return;
  }
  const task = typeof command.input.taskId === 'string' ? world.task(command.input.taskId) : undefined;
  if (!task) return;
  task.version = Math.max(task.version, result.streamVersion);
  if (command.path === 'task.delete') task.deleted = true;
  if (command.path === 'task.restore') task.deleted = false;
}
