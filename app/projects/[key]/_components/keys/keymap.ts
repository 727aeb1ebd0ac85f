/**
 * Every keyboard shortcut of a project's pages, in one table: the help sheet lists it, the palette shows its keys
 * beside its actions, and `shortcutOf` is the one place that turns a key press into an action.
 */
export type ShortcutAction =
  | 'palette'
  | 'help'
  | 'create'
  | 'next'
  | 'previous'
  | 'select'
  | 'assign'
  | 'priority'
  | 'status'
  | 'labels'
  | 'clear';

export interface Shortcut {
  /** The keys as shown, one chip each: `['Ctrl', 'K']`. */
  readonly keys: readonly string[];
  readonly description: string;
  /** Undefined where the key is the browser's or another component's own (a link's Enter, a dialog's Escape). */
  readonly action?: ShortcutAction;
}

export const MOD = 'Ctrl/⌘';

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [MOD, 'K'], description: 'Open the command palette', action: 'palette' },
  { keys: ['?'], description: 'Show these shortcuts', action: 'help' },
  { keys: ['C'], description: 'Create a task', action: 'create' },
  { keys: ['J'], description: 'Focus the next task', action: 'next' },
  { keys: ['K'], description: 'Focus the previous task', action: 'previous' },
  { keys: ['Enter'], description: 'Open the focused task' },
  { keys: ['Esc'], description: 'Close the panel or dialog; clear the selection', action: 'clear' },
  { keys: ['X'], description: 'Select or unselect the focused task', action: 'select' },
  { keys: ['S'], description: 'Move the focused or selected tasks to a status', action: 'status' },
  { keys: ['A'], description: 'Assign the focused or selected tasks', action: 'assign' },
  { keys: ['P'], description: 'Set the priority of the focused or selected tasks', action: 'priority' },
  { keys: ['L'], description: 'Label the focused or selected tasks', action: 'labels' },
  { keys: [MOD, 'Z'], description: 'Undo your last change in this project' },
];

export const keysOf = (action: ShortcutAction): readonly string[] =>
  SHORTCUTS.find((shortcut) => shortcut.action === action)?.keys ?? [];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly repeat?: boolean;
  readonly isComposing?: boolean;
}

/** Where the press happened: typing in a field, or inside an open dialog (which has keys of its own). */
export interface PressContext {
  readonly typing: boolean;
  readonly inDialog: boolean;
}

const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  c: 'create',
  j: 'next',
  k: 'previous',
  x: 'select',
  s: 'status',
  a: 'assign',
  p: 'priority',
  l: 'labels',
};

/**
 * The action a key press asks for, or null. Nothing fires while typing, inside a dialog, or with a modifier the
 * shortcut does not use: Shift+C, Ctrl+C and Alt+J stay the browser's and the system's.
 */
export function shortcutOf(press: KeyPress, where: PressContext): ShortcutAction | null {
  if (press.isComposing || where.typing || where.inDialog) return null;
  const mod = press.ctrlKey || press.metaKey;
  if (mod) {
    const onlyMod = !press.altKey && !press.shiftKey && press.ctrlKey !== press.metaKey;
    return onlyMod && press.key.toLowerCase() === 'k' ? 'palette' : null;
  }
  if (press.altKey) return null;
  // `?` is Shift+/ on most layouts, so Shift is part of that key; on no layout is it the other letters'.
  if (press.key === '?') return 'help';
  if (press.shiftKey) return null;
  if (press.key === 'Escape') return 'clear';
  if (press.repeat && press.key.toLowerCase() !== 'j' && press.key.toLowerCase() !== 'k') return null;
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The card `step` places from `current` in reading order (column by column, top to bottom), staying at the ends. */
export function stepThrough(current: number, count: number, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === -1) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}
