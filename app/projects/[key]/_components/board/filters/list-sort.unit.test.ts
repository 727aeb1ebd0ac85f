import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, parseListSort, sortTasks, writeListSort, type SortableTask } from './list-sort';

const task = (number: number, over: Partial<SortableTask> = {}): SortableTask => ({
  number,
  title: `Task ${number}`,
  priority: 'none',
  dueOn: null,
  boardOrder: number,
  assigneeName: null,
  ...over,
});
const numbers = (tasks: readonly SortableTask[]) => tasks.map((t) => t.number);

describe('sortTasks', () => {
  const tasks = [
    task(1, { priority: 'low', dueOn: '2026-12-10', assigneeName: 'ben', title: 'b' }),
    task(2, { priority: 'urgent', title: 'A' }),
    task(3, { priority: 'medium', dueOn: '2026-12-01', assigneeName: 'Ana', title: 'task 10' }),
    task(4, { priority: 'urgent', dueOn: '2026-12-05', title: 'task 9' }),
  ];

  it('keeps the board order by status, and sorts by each field both ways', () => {
    expect(numbers(sortTasks(tasks, DEFAULT_SORT))).toEqual([1, 2, 3, 4]);
    expect(numbers(sortTasks(tasks, { field: 'priority', descending: true }))).toEqual([2, 4, 3, 1]);
    expect(numbers(sortTasks(tasks, { field: 'priority', descending: false }))).toEqual([1, 3, 2, 4]);
    expect(numbers(sortTasks(tasks, { field: 'number', descending: true }))).toEqual([4, 3, 2, 1]);
    expect(numbers(sortTasks(tasks, { field: 'title', descending: false }))).toEqual([2, 1, 4, 3]);
  });

  it('puts tasks without a due date or an assignee last in either order', () => {
    expect(numbers(sortTasks(tasks, { field: 'due', descending: false }))).toEqual([3, 4, 1, 2]);
    expect(numbers(sortTasks(tasks, { field: 'due', descending: true }))).toEqual([1, 4, 3, 2]);
    expect(numbers(sortTasks(tasks, { field: 'assignee', descending: false }))).toEqual([3, 1, 2, 4]);
    expect(numbers(sortTasks(tasks, { field: 'assignee', descending: true }))).toEqual([1, 3, 2, 4]);
  });
});

describe('the sort in the address', () => {
  it('round-trips, and leaves the default out', () => {
    const params = new URLSearchParams('view=list');
    writeListSort(params, { field: 'due', descending: true });
    expect(params.toString()).toBe('view=list&sort=due&order=desc');
    expect(parseListSort(params)).toEqual({ field: 'due', descending: true });
    writeListSort(params, DEFAULT_SORT);
    expect(params.toString()).toBe('view=list');
  });

  it('ignores a field it does not know', () => {
    expect(parseListSort(new URLSearchParams('sort=rank;drop&order=desc'))).toEqual(DEFAULT_SORT);
  });
});
