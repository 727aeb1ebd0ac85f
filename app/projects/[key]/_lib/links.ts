/**
 * Addresses of a project's views. `at` is a global event position: the view as it stood right after that event, a
 * link anyone can open to see exactly the same thing.
 */
const asOf = (at: number | null | undefined) => (at ? `?at=${at}` : '');

export const boardHref = (key: string, at?: number | null) => `/projects/${key}${asOf(at)}`;
export const taskHref = (key: string, number: number, at?: number | null) =>
  `/projects/${key}/tasks/${number}${asOf(at)}`;
export const eventHref = (key: string, position: number) => `/projects/${key}/history/${position}`;
export const historyHref = (key: string, query = '') => `/projects/${key}/history${query}`;
export const deletedHref = (key: string) => `/projects/${key}/history/deleted`;
/** `from` and `to` are positions, moments (ISO) or the words `yesterday`, `last-week` and `start`; `to` is now if left out. */
export function compareSearch(from?: string | number, to?: string | number) {
  const params = new URLSearchParams();
  if (from !== undefined) params.set('from', String(from));
  if (to !== undefined) params.set('to', String(to));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const compareHref = (key: string, from?: string | number, to?: string | number) =>
  `/projects/${key}/history/compare${compareSearch(from, to)}`;

/** A position from the address bar, or null for anything that is not one. */
export function parsePosition(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) return null;
  return Number(value);
}
