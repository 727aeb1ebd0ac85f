import type { AroundChanges } from '../../../../_lib/router-types';

/** A change of the list with its number on the track: its step, or with a filter its place among the matches. */
export type TrackItem = AroundChanges['items'][number] & { number: number };

/** Each item's number: the current one is `index`, the others count from it (before the first, from 1). */
export function numbered(data: Pick<AroundChanges, 'items' | 'current' | 'index'> | undefined): TrackItem[] {
  if (!data) return [];
  const upToCurrent = data.current === null ? 0 : data.items.filter((item) => item.position <= data.current!).length;
  return data.items.map((item, i) => ({ ...item, number: data.index - upToCurrent + 1 + i }));
}
