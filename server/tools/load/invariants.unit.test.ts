import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '@/domain';
import { currentViolations, historyViolations, type LogEvent } from './invariants';

const P = 'p1';
const status = (id: string) => ({ id, name: id, category: 'started' as const });

/** A history of one project, positions in order; task events go to the stream of the task named. */
function history(...items: (DomainEvent & { task?: string })[]): LogEvent[] {
  return items.map(({ task, ...event }, i) => ({
    ...event,
    position: i + 1,
    projectId: P,
    streamId: task ? `task-${task}` : `project-${P}`,
  }));
}

const created = (statuses: string[]): DomainEvent => ({
  type: 'ProjectCreated',
  data: { projectId: P, key: 'LOAD', name: 'Load', statuses: statuses.map(status) },
});
const reserved = (taskId: string, number: number): DomainEvent => ({
  type: 'TaskNumberReserved',
  data: { taskId, number },
});
const taskCreated = (taskId: string, number: number, statusId: string) => ({
  type: 'TaskCreated' as const,
  task: taskId,
  data: {
    taskId,
    projectId: P,
    number,
    title: 't',
    description: '',
    statusId,
    rank: 'a0',
    priority: 'none' as const,
    assigneeId: null,
  },
});
const moved = (taskId: string, from: string, to: string) => ({
  type: 'TaskMoved' as const,
  task: taskId,
  data: { fromStatusId: from, toStatusId: to, rank: 'a1' },
});

describe('invariants through the history', () => {
  it('pass a project whose tasks stay in its workflow', () => {
    const events = history(
      created(['todo', 'done']),
      reserved('a', 1),
      taskCreated('a', 1, 'todo'),
      { type: 'StatusAdded', data: { statusId: 'qa', name: 'QA', category: 'started' } },
      moved('a', 'todo', 'qa'),
      moved('a', 'qa', 'done'),
      { type: 'StatusRemoved', data: { statusId: 'qa' } },
    );
    expect(historyViolations(events)).toEqual([]);
  });

  it('flag a move to a removed status and a status removed while a task is in it', () => {
    const events = history(
      created(['todo', 'qa']),
      reserved('a', 1),
      taskCreated('a', 1, 'qa'),
      { type: 'StatusRemoved', data: { statusId: 'qa' } },
      moved('a', 'qa', 'qa'),
    );
    expect(historyViolations(events)).toEqual([
      'StatusRemoved at 4: removed while task 1 was in it',
      'TaskMoved at 5: task 1 moved to a status not in the workflow',
    ]);
  });

  it('flag a task restored into a status removed while it was deleted', () => {
    const events = history(
      created(['todo', 'qa']),
      reserved('a', 1),
      taskCreated('a', 1, 'qa'),
      { type: 'TaskDeleted', task: 'a', data: {} },
      { type: 'StatusRemoved', data: { statusId: 'qa' } },
      { type: 'TaskRestored', task: 'a', data: {} },
    );
    expect(historyViolations(events)).toEqual([
      'TaskRestored at 6: task 1 restored into a status no longer in the workflow',
    ]);
  });

  it('flag numbers handed out out of order, used twice or not reserved', () => {
    const events = history(
      created(['todo']),
      reserved('a', 1),
      taskCreated('a', 1, 'todo'),
      reserved('b', 3),
      taskCreated('b', 1, 'todo'),
    );
    expect(historyViolations(events)).toEqual([
      'TaskNumberReserved at 4: number 3 handed out after 1',
      'TaskCreated at 5: task 1 was not reserved that number',
      'TaskCreated at 5: task number 1 used twice',
    ]);
  });
});

describe('invariants on the read tables', () => {
  const project = { id: P, statuses: [{ id: 'todo' }], lastTaskNumber: 2 };
  const task = (id: string, number: number, statusId = 'todo', deleted = false) => ({
    id,
    projectId: P,
    number,
    statusId,
    deleted,
  });

  it('pass tasks in the workflow with unique numbers up to the last one', () => {
    expect(currentViolations([project], [task('a', 1), task('b', 2)])).toEqual([]);
  });

  it('let a deleted task keep a removed status, but flag a live one, a repeated and a too high number', () => {
    expect(currentViolations([project], [task('a', 1), task('b', 1, 'gone', true), task('c', 3, 'gone')])).toEqual([
      `task 1 of ${P}: number used twice`,
      `task 3 of ${P} is in status gone, not in its workflow`,
      `task 3 of ${P}: number outside 1..2`,
    ]);
  });
});
