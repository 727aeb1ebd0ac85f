import { describe, it } from 'vitest';
import type { ProjectEvent } from '../project';
import { specFor } from '../shared/decider-spec';
import type { TaskEvent } from './events';
import { taskInProjectDecider, type TaskInProjectCommand } from './in-project';

const given = specFor(taskInProjectDecider);

const projectCreated: ProjectEvent = {
  type: 'ProjectCreated',
  data: {
    projectId: 'p1',
    key: 'WEB',
    name: 'Website',
    statuses: [
      { id: 's-todo', name: 'Todo', category: 'unstarted' },
      { id: 's-done', name: 'Done', category: 'completed' },
    ],
  },
};
const reserved = (taskId: string, number: number): ProjectEvent => ({
  type: 'TaskNumberReserved',
  data: { taskId, number },
});
const created = (taskId: string, number: number, statusId = 's-todo'): TaskEvent => ({
  type: 'TaskCreated',
  data: {
    taskId,
    projectId: 'p1',
    number,
    title: 'Write the landing page',
    description: '',
    statusId,
    rank: 'a0',
    priority: 'none',
    assigneeId: null,
  },
});
const create = (taskId: string, statusId?: string): TaskInProjectCommand => ({
  type: 'CreateTask',
  projectId: 'p1',
  taskId,
  title: 'Write the landing page',
  rank: 'a0',
  ...(statusId ? { statusId } : {}),
});

describe('a task decided within its project', () => {
  it('creates a task with the next number, which the project reserves in the same decision', () => {
    given([projectCreated, reserved('t1', 1), reserved('t2', 2)])
      .when(create('t3'))
      .then([reserved('t3', 3), created('t3', 3)]);
  });

  it('numbers the first task 1', () => {
    given([projectCreated])
      .when(create('t1'))
      .then([reserved('t1', 1), created('t1', 1)]);
  });

  it('never hands out a number twice, also after the task that had it was deleted', () => {
    given([projectCreated, reserved('t1', 1), { type: 'TaskDeleted', data: {} }])
      .when(create('t2'))
      .then([reserved('t2', 2), created('t2', 2)]);
  });

  it('refuses to create a task in a status the workflow lacks, and reserves nothing', () => {
    given([projectCreated])
      .when(create('t1', 's-gone'))
      .thenThrows('rule_violated', /not part of the WEB workflow/);
  });

  it('refuses a task in an archived project', () => {
    given([projectCreated, { type: 'ProjectArchived', data: {} }])
      .when(create('t1'))
      .thenThrows('rule_violated', /archived/);
  });

  it('decides a change on the task with its project as it stands: a move into a removed status is refused', () => {
    given([
      projectCreated,
      reserved('t1', 1),
      created('t1', 1),
      { type: 'StatusRemoved', data: { statusId: 's-done' } },
    ])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'a1' })
      .thenThrows('rule_violated', /not part of the WEB workflow/);
  });

  it('moves a task within its workflow', () => {
    given([projectCreated, reserved('t1', 1), created('t1', 1)])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'a1' })
      .then([{ type: 'TaskMoved', data: { fromStatusId: 's-todo', toStatusId: 's-done', rank: 'a1' } }]);
  });
});
