import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False in the server's HTML until React has taken the page over. A control that works only through scripts stays
 * disabled until then, so that an early click is not lost and an early submit does not post the form natively.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
