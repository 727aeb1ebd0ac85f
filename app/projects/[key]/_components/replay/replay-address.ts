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
  // Commas stay readable: the board's filters and the replay's list their values with them.
  const href = url.href.replaceAll('%2C', ',');
  if (href !== window.location.href) window.history.replaceState(null, '', href);
}

/**
 * Hands the position on screen to `write` once it stays put: browsers refuse more than a few address changes a
 * second, which holding an arrow key or playing at 16× would exceed. A press of the pointer or of Enter writes a
 * pending change at once: written later, after a click on a link has started a navigation, it would cancel that
 * navigation (Next.js follows replaceState to the address it names).
 */
export function useAddressAt(position: number | undefined, write: (position: number) => void) {
  useEffect(() => {
    if (position === undefined) return;
    let pending = true;
    const flush = () => {
      if (pending) write(position);
      pending = false;
    };
    const timer = setTimeout(flush, 250);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter') flush();
    };
    window.addEventListener('pointerdown', flush, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', flush, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [position, write]);
}
