import { PRIORITIES, type Priority } from '@/domain/vocabulary';

export type DueFilter = 'overdue' | 'week' | 'none';
/** `me` and `nobody` are words of the address; any other value is a member's id. */
export type AssigneeFilter = 'me' | 'nobody' | (string & {});

export interface BoardFilter {
  readonly assignee: readonly AssigneeFilter[];
  readonly label: readonly string[];
  readonly priority: readonly Priority[];
  readonly due: readonly DueFilter[];
}

export const NO_FILTER: BoardFilter = { assignee: [], label: [], priority: [], due: [] };
export const FILTER_KINDS = ['assignee', 'label', 'priority', 'due'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export const DUE_FILTERS: readonly DueFilter[] = ['overdue', 'week', 'none'];

/** An address is typed by anyone: a few values of each kind, each of a sane length, are read and the rest ignored. */
const MOST_VALUES = 20;
const LONGEST_VALUE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valuesOf(params: URLSearchParams, name: FilterKind): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  const values = raw
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0 && value.length <= LONGEST_VALUE);
  return [...new Set(values)].slice(0, MOST_VALUES);
}

const isPriority = (value: string): value is Priority => (PRIORITIES as readonly string[]).includes(value);
const isDue = (value: string): value is DueFilter => (DUE_FILTERS as readonly string[]).includes(value);
const isAssignee = (value: string) => value === 'me' || value === 'nobody' || UUID.test(value);

export function parseBoardFilter(params: URLSearchParams): BoardFilter {
  return {
    assignee: valuesOf(params, 'assignee').filter(isAssignee),
    label: valuesOf(params, 'label'),
    priority: valuesOf(params, 'priority').filter(isPriority),
    due: valuesOf(params, 'due').filter(isDue),
  };
}

/** Writes the filter into `params` in place of the one there; other parameters (`at`, the replay's) are kept. */
export function writeBoardFilter(params: URLSearchParams, filter: BoardFilter): void {
  for (const kind of FILTER_KINDS) {
    const values = filter[kind];
    if (values.length === 0) params.delete(kind);
    else params.set(kind, values.join(','));
  }
}

export const isFiltering = (filter: BoardFilter) => FILTER_KINDS.some((kind) => filter[kind].length > 0);

export interface FilteredTask {
  readonly assigneeId: string | null;
  readonly labels: readonly string[];
  readonly priority: string;
  readonly dueOn: string | null;
}

export interface FilterContext {
  /** The person looking, for "mine"; null when nobody is signed in. */
  readonly me: string | null;
  /** The calendar day (YYYY-MM-DD) the board is judged on: today live, the day of the point shown in a replay. */
  readonly today: string;
}

/** The day `days` after a calendar day, both YYYY-MM-DD. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Sunday that ends the week (Monday to Sunday) a calendar day is in. */
export function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, (7 - weekday) % 7);
}

function dueMatches(due: DueFilter, dueOn: string | null, today: string): boolean {
  switch (due) {
    case 'overdue':
      return dueOn !== null && dueOn < today;
    case 'week':
      return dueOn !== null && dueOn >= today && dueOn <= endOfWeek(today);
    case 'none':
      return dueOn === null;
  }
}

function assigneeMatches(assignee: AssigneeFilter, assigneeId: string | null, me: string | null): boolean {
  if (assignee === 'nobody') return assigneeId === null;
  if (assignee === 'me') return me !== null && assigneeId === me;
  return assigneeId === assignee;
}

/** Kinds combine with AND; the values of one kind with OR ("Ana or nobody, and high priority"). */
export function matchesFilter(task: FilteredTask, filter: BoardFilter, context: FilterContext): boolean {
  const any = <T>(values: readonly T[], test: (value: T) => boolean) => values.length === 0 || values.some(test);
  return (
    any(filter.assignee, (a) => assigneeMatches(a, task.assigneeId, context.me)) &&
    any(filter.label, (label) => task.labels.includes(label)) &&
    any(filter.priority, (priority) => task.priority === priority) &&
    any(filter.due, (due) => dueMatches(due, task.dueOn, context.today))
  );
}

export function withValue(filter: BoardFilter, kind: FilterKind, value: string): BoardFilter {
  const values: readonly string[] = filter[kind];
  return values.includes(value) ? filter : { ...filter, [kind]: [...values, value] };
}

export function withoutValue(filter: BoardFilter, kind: FilterKind, value: string): BoardFilter {
  const values: readonly string[] = filter[kind];
  return { ...filter, [kind]: values.filter((v) => v !== value) };
}
