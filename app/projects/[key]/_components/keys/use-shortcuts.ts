'use client';

import { useEffect, useRef } from 'react';
import { isInDialog, isTextField } from './card-dom';
import { shortcutOf, type ShortcutAction } from './keymap';

/** The one keydown listener of a project's pages: each press the keymap recognises goes to its handler. */
export function useShortcuts(handlers: Readonly<Record<ShortcutAction, () => void>>) {
  // The listener stays put while the handlers change with every render.
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutOf(event, { typing: isTextField(event.target), inDialog: isInDialog(event.target) });
      if (!action) return;
      // Escape is only taken when there is something to clear (see the handler), so it stays the page's otherwise.
      if (action !== 'clear') event.preventDefault();
      current.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
