import { typesOf } from '../../history/_components/change-kinds';
import { filtersSearch } from '../../history/_components/history-query';
import { useAddressFilters } from '../../history/_components/use-address-filters';
import type { ChangeFilter } from './use-change-track';

/**
 * The History page's filters, in the board's address beside `?at=` (`&task=12&person=<id>&kind=moves`), so that a
 * link to a filtered replay opens the same. The task is named by its number there and by its id to the server.
 */
export function useReplayFilters(projectKey: string) {
  const { filters, task, filteredTask, taskMissing, setFilters } = useAddressFilters(projectKey, (next) => {
    const url = new URL(window.location.href);
    for (const name of ['task', 'person', 'kind']) url.searchParams.delete(name);
    for (const [name, value] of new URLSearchParams(filtersSearch(next))) url.searchParams.set(name, value);
    return url.href.replaceAll('%2C', ',');
  });
  const types = typesOf(filters.kinds);
  const known = filters.task === null || task.data !== undefined;
  const filter: ChangeFilter | null = known
    ? {
        ...(task.data ? { taskId: task.data.task.id } : {}),
        ...(filters.person ? { actorId: filters.person } : {}),
        ...(types.length > 0 ? { types } : {}),
      }
    : null;

  return { filters, filter, filteredTask, taskMissing, setFilters };
}
