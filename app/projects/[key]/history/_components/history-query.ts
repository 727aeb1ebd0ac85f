import { isChangeKind, typesOf, type ChangeKind } from './change-kinds';

/** What the timeline is narrowed to; it lives in the address (`?task=12&person=<id>&kind=moves,comments`). */
export interface HistoryFilters {
  task: number | null;
  person: string | null;
  kinds: readonly ChangeKind[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the address, dropping whatever is not a filter rather than failing on it. */
export function readFilters(get: (name: string) => string | null | undefined): HistoryFilters {
  const task = get('task') ?? '';
  const person = get('person') ?? '';
  return {
    task: /^[1-9]\d{0,8}$/.test(task) ? Number(task) : null,
    person: UUID.test(person) ? person : null,
    kinds: (get('kind') ?? '').split(',').filter(isChangeKind),
  };
}

export function filtersSearch({ task, person, kinds }: HistoryFilters): string {
  const params = new URLSearchParams();
  if (task !== null) params.set('task', String(task));
  if (person !== null) params.set('person', person);
  if (kinds.length > 0) params.set('kind', kinds.join(','));
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '';
}

export const isFiltered = (filters: HistoryFilters) =>
  filters.task !== null || filters.person !== null || filters.kinds.length > 0;

/** Shared by the page that prefetches the timeline and the component that reads it: both must ask the same question. */
export function historyInput(projectId: string, filters: HistoryFilters, taskId: string | undefined) {
  const types = typesOf(filters.kinds);
  return {
    projectId,
    limit: 30,
    ...(taskId ? { taskId } : {}),
    ...(filters.person ? { actorId: filters.person } : {}),
    ...(types.length > 0 ? { types } : {}),
  };
}

export const nextHistoryCursor = (page: { nextCursor?: number }) => page.nextCursor;
