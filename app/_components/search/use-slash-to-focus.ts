import { useEffect, useRef, type RefObject } from 'react';

/** Whether a key pressed there is typing: `/` belongs to a field, an editor or a control that takes keys. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.role === 'combobox');

/**
 * Pressing `/` anywhere but in a text field focuses the input, as on GitHub and in most trackers. Returns the element
 * that had focus before, so that leaving the input can give it back.
 */
export function useSlashToFocus(input: RefObject<HTMLInputElement | null>) {
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [input]);
  return cameFrom;
}
