import type { TaskInProjectCommand } from '../task/in-project';
import { applyLabels } from '../task/state';

/**
 * The label changes that take a task's labels from `from` to `to`, order included (the board shows them in order):
 * one change when adding and removing gives the order back, else all go and come back in order.
 */
export function labelsBack(taskId: string, from: readonly string[], to: readonly string[]): TaskInProjectCommand[] {
  const add = to.filter((l) => !from.includes(l));
  const remove = from.filter((l) => !to.includes(l));
  if (sameOrder(from, to)) return [];
  if (sameOrder(applyLabels(from, add, remove), to)) return [{ type: 'LabelTask', taskId, add, remove }];
  return [
    { type: 'LabelTask', taskId, add: [], remove: [...from] },
    { type: 'LabelTask', taskId, add: [...to], remove: [] },
  ];
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((l, i) => l === b[i]);
