import { useEffect } from 'react';

/**
 * Puts a point into the address bar in place (`?at=<position>`, none when live), so a reload or a shared link shows
 * the same board while scrubbing adds nothing to the back button's history. Next.js follows history.replaceState
 * (useSearchParams sees it) without fetching anything.
 */
export function writeAddressAt(position: number | null) {
  const url = new URL(window.location.href);
  if (position === null) url.searchParams.delete('at');
  else url.searchParams.set('at', String(position));
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}

/**
 * Hands the position on screen to `write` once it stays put: browsers refuse more than a few address changes a
 * second, which holding an arrow key or playing at 16× would exceed.
 */
export function useAddressAt(position: number | undefined, write: (position: number) => void) {
  useEffect(() => {
    if (position === undefined) return;
    const timer = setTimeout(() => {
      write(position);
    }, 250);
    return () => {
      clearTimeout(timer);
    };
  }, [position, write]);
}
