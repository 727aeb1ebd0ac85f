import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseBoardFilter, writeBoardFilter, type BoardFilter } from './board-filter';
import { parseListSort, writeListSort, type ListSort } from './list-sort';

export type BoardLayoutKind = 'board' | 'list';

export interface BoardViewSettings {
  filter: BoardFilter;
  view: BoardLayoutKind;
  sort: ListSort;
}

/**
 * The board's filters, view and sort live in its address (`?assignee=me&priority=high&view=list&sort=due`), so a
 * reload or a shared link shows the same tasks, and Back undoes the last change. Next.js follows history.pushState
 * (useSearchParams sees it) without asking the server for the page again.
 */
export function useBoardViewSettings() {
  const params = useSearchParams();
  const settings = useMemo<BoardViewSettings>(() => {
    const search = new URLSearchParams(params.toString());
    return {
      filter: parseBoardFilter(search),
      view: search.get('view') === 'list' ? 'list' : 'board',
      sort: parseListSort(search),
    };
  }, [params]);

  const change = useCallback((next: Partial<BoardViewSettings>) => {
    const url = new URL(window.location.href);
    if (next.filter) writeBoardFilter(url.searchParams, next.filter);
    if (next.view === 'list') url.searchParams.set('view', 'list');
    if (next.view === 'board') url.searchParams.delete('view');
    if (next.sort) writeListSort(url.searchParams, next.sort);
    const href = url.href.replaceAll('%2C', ',');
    if (href !== window.location.href) window.history.pushState(null, '', href);
  }, []);

  return { ...settings, change };
}
