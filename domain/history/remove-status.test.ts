import { describe, expect, it } from 'vitest';
import type { TaskInProjectCommand } from '../task/in-project';
import { decideSteps, type Board, type Step } from './board';
import { planStatusRemoval } from './remove-status';
import { empty } from './test-board';

const create = (taskId: string, rank: string, statusId = 's-doing'): Step => ({
  taskId,
  command: { type: 'CreateTask', projectId: 'p1', taskId, title: `Task ${taskId}`, statusId, rank },
});
const on = (taskId: string, command: TaskInProjectCommand): Step => ({ taskId, command });
const board = (...steps: Step[]): Board => decideSteps(steps, empty).board;
const removal = (moveTasksTo: string) =>
  ({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', moveTasksTo, tasksInStatus: 0 }) as const;
const ranks = (n: number) => ['c0', 'c1', 'c2'].slice(0, n);

describe('a status removed with its tasks moved, as one act', () => {
  it('moves its live tasks, in their column order, to the end of the target, then removes it', () => {
    const given = board(create('t1', 'a2'), create('t2', 'a1'), create('t3', 'a0', 's-done'));
    const { events, board: after } = decideSteps(planStatusRemoval(given, removal('s-done'), ranks), given);
    expect(events).toEqual([
      {
        taskId: 't2',
        event: { type: 'TaskMoved', data: { fromStatusId: 's-doing', toStatusId: 's-done', rank: 'c0' } },
      },
      {
        taskId: 't1',
        event: { type: 'TaskMoved', data: { fromStatusId: 's-doing', toStatusId: 's-done', rank: 'c1' } },
      },
      { taskId: null, event: { type: 'StatusRemoved', data: { statusId: 's-doing' } } },
    ]);
    expect(after.project.status === 'active' && after.project.statuses.map((s) => s.id)).toEqual(['s-todo', 's-done']);
  });

  it('leaves deleted tasks where they are (a restore puts them in the first status)', () => {
    const given = board(create('t1', 'a0'), on('t1', { type: 'DeleteTask', taskId: 't1' }));
    const { events } = decideSteps(planStatusRemoval(given, removal('s-done'), ranks), given);
    expect(events.map((e) => e.event.type)).toEqual(['StatusRemoved']);
  });

  it('asks for no ranks when the status is empty', () => {
    const asked: number[] = [];
    planStatusRemoval(empty, removal('s-done'), (n) => {
      asked.push(n);
      return [];
    });
    expect(asked).toEqual([]);
  });

  it('is refused whole when a task it does not hold is still in the status', () => {
    const given = board(create('t1', 'a0'));
    const steps = planStatusRemoval(given, removal('s-done'), ranks);
    expect(() => decideSteps(steps, given, () => 1)).toThrow(/1 task is still in it/);
  });

  it('is refused whole when the target is the status removed, or not in the workflow', () => {
    const given = board(create('t1', 'a0'));
    expect(() => decideSteps(planStatusRemoval(given, removal('s-doing'), ranks), given)).toThrow(/another status/);
    expect(() => decideSteps(planStatusRemoval(given, removal('s-gone'), ranks), given)).toThrow(/s-gone/);
  });
});
