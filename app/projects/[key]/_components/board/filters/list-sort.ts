import { PRIORITIES } from '@/domain/vocabulary';

export const SORT_FIELDS = ['number', 'title', 'status', 'assignee', 'priority', 'due'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface ListSort {
  readonly field: SortField;
  readonly descending: boolean;
}

export const DEFAULT_SORT: ListSort = { field: 'status', descending: false };

const isField = (value: string | null): value is SortField =>
  (SORT_FIELDS as readonly (string | null)[]).includes(value);

export function parseListSort(params: URLSearchParams): ListSort {
  const field = params.get('sort');
  return isField(field) ? { field, descending: params.get('order') === 'desc' } : DEFAULT_SORT;
}

export function writeListSort(params: URLSearchParams, sort: ListSort): void {
  if (sort.field === DEFAULT_SORT.field && sort.descending === DEFAULT_SORT.descending) params.delete('sort');
  else params.set('sort', sort.field);
  if (sort.descending) params.set('order', 'desc');
  else params.delete('order');
}

export interface SortableTask {
  readonly number: number;
  readonly title: string;
  readonly priority: string;
  readonly dueOn: string | null;
  /** The status's place in the workflow, then the card's place in its column: the board's own order. */
  readonly boardOrder: number;
  readonly assigneeName: string | null;
}

const priorityRank = (priority: string) => (PRIORITIES as readonly string[]).indexOf(priority);
const text = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Empty values (no due date, nobody) go last whichever way the list is sorted, as in a spreadsheet. */
function compareMaybe<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return sign * compare(a, b);
}

export function sortTasks<T extends SortableTask>(tasks: readonly T[], sort: ListSort): T[] {
  const sign = sort.descending ? -1 : 1;
  const byField = (a: T, b: T): number => {
    switch (sort.field) {
      case 'number':
        return sign * (a.number - b.number);
      case 'title':
        return sign * text.compare(a.title, b.title);
      case 'status':
        return sign * (a.boardOrder - b.boardOrder);
      case 'assignee':
        return compareMaybe(a.assigneeName, b.assigneeName, text.compare, sign);
      case 'priority':
        return sign * (priorityRank(a.priority) - priorityRank(b.priority));
      case 'due':
        return compareMaybe(a.dueOn, b.dueOn, (x, y) => (x < y ? -1 : x > y ? 1 : 0), sign);
    }
  };
  return [...tasks].sort((a, b) => byField(a, b) || a.boardOrder - b.boardOrder);
}
