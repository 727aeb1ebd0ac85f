import { createContext, useContext } from 'react';

/**
 * The task whose drag handle keeps the keyboard's focus: the card just dropped with the keyboard. A card that changes
 * column is drawn anew there (more than once while the board settles), and each new handle takes the focus back, until
 * the person presses a key or points elsewhere.
 */
export const HandleToFocus = createContext<string | null>(null);

export const useKeepsFocus = (taskId: string) => useContext(HandleToFocus) === taskId;
