import { describe, expect, it } from 'vitest';
import { decideSteps, type Board, type Step } from './board';
import { planLabelChange } from './label-change';
import { empty } from './test-board';
import { undoAct } from './undo';

const create = (taskId: string, labels: string[]): Step[] => [
  { taskId, command: { type: 'CreateTask', projectId: 'p1', taskId, title: taskId, rank: 'a0' } },
  { taskId, command: { type: 'LabelTask', taskId, add: labels, remove: [] } },
];
const board: Board = decideSteps(
  [
    { command: { type: 'CreateLabel', projectId: 'p1', labelId: 'l-bug', name: 'bug', colour: 'red' } },
    ...create('t1', ['bug', 'ui']),
    ...create('t2', ['ui']),
    ...create('t3', ['bug']),
    { taskId: 't3', command: { type: 'DeleteTask', taskId: 't3' } },
  ],
  empty,
).board;
const labelsOf = (b: Board, taskId: string) => {
  const task = b.tasks[taskId];
  return task?.status === 'none' ? undefined : task?.labels;
};

describe('a label renamed or deleted with the tasks that carry it, as one act', () => {
  it('renames it on the list and on every live task that carries it', () => {
    const rename = { type: 'RenameLabel', projectId: 'p1', labelId: 'l-bug', name: 'Defect' } as const;
    const { events, board: after } = decideSteps(planLabelChange(board, rename), board);
    expect(events.map((e) => [e.taskId, e.event.type])).toEqual([
      [null, 'LabelRenamed'],
      ['t1', 'TaskLabeled'],
    ]);
    expect(labelsOf(after, 't1')).toEqual(['ui', 'defect']);
    expect(labelsOf(after, 't2')).toEqual(['ui']);
    // A deleted task keeps what it had: it is not on the board.
    expect(labelsOf(after, 't3')).toEqual(['bug']);
  });

  it('deletes it from the list and takes it off every live task', () => {
    const { events, board: after } = decideSteps(
      planLabelChange(board, { type: 'DeleteLabel', projectId: 'p1', labelId: 'l-bug' }),
      board,
    );
    expect(events.map((e) => e.event.type)).toEqual(['LabelDeleted', 'TaskLabeled']);
    expect(labelsOf(after, 't1')).toEqual(['ui']);
    expect(after.project.status !== 'none' && after.project.labels).toEqual({});
  });

  it('changes no task when the name stays, and refuses a label the list lacks', () => {
    const same = { type: 'RenameLabel', projectId: 'p1', labelId: 'l-bug', name: 'BUG' } as const;
    expect(decideSteps(planLabelChange(board, same), board).events).toEqual([]);
    const missing = { type: 'DeleteLabel', projectId: 'p1', labelId: 'l-nope' } as const;
    expect(() => decideSteps(planLabelChange(board, missing), board)).toThrow(/Label not found/);
  });

  it('is undone whole: the label back on the list and on its tasks', () => {
    const done = decideSteps(planLabelChange(board, { type: 'DeleteLabel', projectId: 'p1', labelId: 'l-bug' }), board);
    const recorded = { commandId: 'c1', events: done.events.map((e, i) => ({ ...e, position: 100 + i })) };
    const undo = undoAct(board, recorded, done.board, {
      undoer: { actorId: 'u-ann', owner: true },
      statusName: (id) => id,
    });
    expect(decideSteps(undo, done.board).board).toEqual(board);
  });
});
