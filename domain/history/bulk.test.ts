import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { decideSteps, type Board, type Step } from './board';
import { planBulk } from './bulk';
import { empty } from './test-board';

const created = (taskId: string, statusId = 's-todo'): Step => ({
  taskId,
  command: { type: 'CreateTask', projectId: 'p1', taskId, title: `Task ${taskId}`, statusId, rank: 'a0' },
});
const board: Board = decideSteps([created('t1'), created('t2'), created('t3', 's-doing')], empty).board;
const types = (steps: Step[]) => decideSteps(steps, board).events.map((e) => `${e.taskId}:${e.event.type}`);

describe('planBulk', () => {
  it('moves every task not yet in the column, at its end in the order given', () => {
    const steps = planBulk(board, ['t2', 't3', 't1'], { kind: 'move', toStatusId: 's-doing' }, ['b1', 'b2']);
    expect(steps.map((s) => [s.taskId, s.command])).toEqual([
      ['t2', { type: 'MoveTask', taskId: 't2', toStatusId: 's-doing', rank: 'b1' }],
      ['t1', { type: 'MoveTask', taskId: 't1', toStatusId: 's-doing', rank: 'b2' }],
    ]);
    expect(types(steps)).toEqual(['t2:TaskMoved', 't1:TaskMoved']);
  });

  it('assigns, prioritises, labels and deletes each task, as one decision', () => {
    expect(types(planBulk(board, ['t1', 't2'], { kind: 'assign', assigneeId: 'u-bob' }))).toEqual([
      't1:TaskAssigned',
      't2:TaskAssigned',
    ]);
    expect(types(planBulk(board, ['t1', 't3'], { kind: 'prioritize', priority: 'high' }))).toEqual([
      't1:TaskPrioritized',
      't3:TaskPrioritized',
    ]);
    expect(types(planBulk(board, ['t1', 't2'], { kind: 'label', add: ['bug'], remove: [] }))).toEqual([
      't1:TaskLabeled',
      't2:TaskLabeled',
    ]);
    expect(types(planBulk(board, ['t1', 't2', 't3'], { kind: 'delete' }))).toEqual([
      't1:TaskDeleted',
      't2:TaskDeleted',
      't3:TaskDeleted',
    ]);
  });

  it('refuses the whole change when one task of it is refused', () => {
    const deleted = decideSteps(planBulk(board, ['t2'], { kind: 'delete' }), board).board;
    expect(() =>
      decideSteps(planBulk(deleted, ['t1', 't2'], { kind: 'prioritize', priority: 'low' }), deleted),
    ).toThrow(DomainError);
    expect(() => types(planBulk(board, ['t1', 'elsewhere'], { kind: 'delete' }))).toThrow(DomainError);
    expect(() => types(planBulk(board, ['t1'], { kind: 'assign', assigneeId: 'u-stranger' }))).toThrow(DomainError);
  });

  it('refuses a task named twice, and keeps the step of a task it does not know so that it is refused', () => {
    expect(() => planBulk(board, ['t1', 't1'], { kind: 'delete' })).toThrow(DomainError);
    const steps = planBulk(board, ['ghost'], { kind: 'move', toStatusId: 's-doing' }, ['b1']);
    expect(() => decideSteps(steps, board)).toThrow(DomainError);
  });
});
