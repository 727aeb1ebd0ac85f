import type { DomainEvent } from '@/domain';

/** An event as the log holds it, with what the invariants need to place it. */
export type LogEvent = DomainEvent & {
  readonly position: number;
  readonly streamId: string;
  readonly projectId: string;
};

interface ProjectFacts {
  readonly statuses: Set<string>;
  lastNumber: number;
  readonly reserved: Map<string, number>;
  readonly numbersUsed: Set<number>;
}

interface TaskFacts {
  readonly projectId: string;
  readonly number: number;
  statusId: string;
  deleted: boolean;
}

/**
 * The rules that span streams, checked at every point of the history rather than only at the end: no task is ever
 * created in, moved to or restored into a status its workflow does not have at that moment; no status is removed
 * while a task is in it; task numbers are handed out 1, 2, 3… per project and each is used by exactly one task.
 */
export function historyViolations(eventsInOrder: readonly LogEvent[]): string[] {
  const projects = new Map<string, ProjectFacts>();
  const tasks = new Map<string, TaskFacts>();
  const problems: string[] = [];
  const at = (event: LogEvent, problem: string) => problems.push(`${event.type} at ${event.position}: ${problem}`);

  for (const event of eventsInOrder) {
    if (event.type === 'ProjectCreated') {
      const statuses = new Set(event.data.statuses.map((s) => s.id));
      projects.set(event.projectId, { statuses, lastNumber: 0, reserved: new Map(), numbersUsed: new Set() });
      continue;
    }
    const project = projects.get(event.projectId);
    if (!project) {
      at(event, `project ${event.projectId} was never created`);
      continue;
    }
    const task = tasks.get(event.streamId);
    const inWorkflow = (statusId: string) => project.statuses.has(statusId);
    switch (event.type) {
      case 'StatusAdded':
        project.statuses.add(event.data.statusId);
        break;
      case 'StatusRemoved': {
        const inIt = [...tasks.values()].filter(
          (t) => t.projectId === event.projectId && !t.deleted && t.statusId === event.data.statusId,
        );
        if (inIt.length > 0) at(event, `removed while task ${inIt.map((t) => t.number).join(', ')} was in it`);
        project.statuses.delete(event.data.statusId);
        break;
      }
      case 'TaskNumberReserved':
        if (event.data.number !== project.lastNumber + 1) {
          at(event, `number ${event.data.number} handed out after ${project.lastNumber}`);
        }
        project.lastNumber = Math.max(project.lastNumber, event.data.number);
        project.reserved.set(event.data.taskId, event.data.number);
        break;
      case 'TaskCreated': {
        const { number, statusId, taskId } = event.data;
        if (project.reserved.get(taskId) !== number) at(event, `task ${number} was not reserved that number`);
        if (project.numbersUsed.has(number)) at(event, `task number ${number} used twice`);
        if (!inWorkflow(statusId)) at(event, `task ${number} created in a status not in the workflow`);
        project.numbersUsed.add(number);
        tasks.set(event.streamId, { projectId: event.projectId, number, statusId, deleted: false });
        break;
      }
      case 'TaskMoved':
        if (!task) break;
        if (!inWorkflow(event.data.toStatusId)) at(event, `task ${task.number} moved to a status not in the workflow`);
        if (task.deleted) at(event, `task ${task.number} moved while deleted`);
        task.statusId = event.data.toStatusId;
        break;
      case 'TaskDeleted':
        if (task) task.deleted = true;
        break;
      case 'TaskRestored':
        if (!task) break;
        if (!inWorkflow(task.statusId))
          at(event, `task ${task.number} restored into a status no longer in the workflow`);
        task.deleted = false;
        break;
      default:
        break;
    }
  }
  return problems;
}

export interface ProjectRow {
  readonly id: string;
  readonly statuses: readonly { id: string }[];
  readonly lastTaskNumber: number;
}
export interface TaskRow {
  readonly id: string;
  readonly projectId: string;
  readonly number: number;
  readonly statusId: string;
  readonly deleted: boolean;
}

/** The same rules on the read tables as they stand: what people see on the board. */
export function currentViolations(projects: readonly ProjectRow[], tasks: readonly TaskRow[]): string[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const numbers = new Set<string>();
  const problems: string[] = [];
  for (const task of tasks) {
    const project = byId.get(task.projectId);
    if (!project) {
      problems.push(`task ${task.id} belongs to no project`);
      continue;
    }
    const ref = `task ${task.number} of ${project.id}`;
    if (!task.deleted && !project.statuses.some((s) => s.id === task.statusId)) {
      problems.push(`${ref} is in status ${task.statusId}, not in its workflow`);
    }
    if (numbers.has(`${task.projectId}:${task.number}`)) problems.push(`${ref}: number used twice`);
    numbers.add(`${task.projectId}:${task.number}`);
    if (task.number < 1 || task.number > project.lastTaskNumber) {
      problems.push(`${ref}: number outside 1..${project.lastTaskNumber}`);
    }
  }
  return problems;
}
