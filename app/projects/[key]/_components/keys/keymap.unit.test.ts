import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutOf, stepThrough, type KeyPress } from './keymap';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const onBoard = { typing: false, inDialog: false };

describe('shortcutOf', () => {
  it.each([
    ['c', 'create'],
    ['j', 'next'],
    ['k', 'previous'],
    ['x', 'select'],
    ['s', 'status'],
    ['a', 'assign'],
    ['p', 'priority'],
    ['l', 'labels'],
    ['Escape', 'clear'],
  ] as const)('reads %s as %s', (key, action) => {
    expect(shortcutOf(press(key), onBoard)).toBe(action);
  });

  it('reads a letter typed with Caps Lock like the lower case one', () => {
    expect(shortcutOf(press('J'), onBoard)).toBe('next');
  });

  it('opens the palette with Ctrl+K and with Cmd+K, and the help with ?, which takes Shift', () => {
    expect(shortcutOf(press('k', { ctrlKey: true }), onBoard)).toBe('palette');
    expect(shortcutOf(press('k', { metaKey: true }), onBoard)).toBe('palette');
    expect(shortcutOf(press('?', { shiftKey: true }), onBoard)).toBe('help');
  });

  it('leaves alone a modifier the shortcut does not use', () => {
    expect(shortcutOf(press('C', { shiftKey: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('c', { ctrlKey: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('j', { altKey: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('k', { ctrlKey: true, shiftKey: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('k', { ctrlKey: true, metaKey: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('K', { shiftKey: true }), onBoard)).toBeNull();
  });

  it('never fires while typing in a field or inside a dialog', () => {
    for (const where of [
      { typing: true, inDialog: false },
      { typing: false, inDialog: true },
    ]) {
      expect(shortcutOf(press('c'), where)).toBeNull();
      expect(shortcutOf(press('?', { shiftKey: true }), where)).toBeNull();
      expect(shortcutOf(press('k', { ctrlKey: true }), where)).toBeNull();
      expect(shortcutOf(press('Escape'), where)).toBeNull();
    }
  });

  it('ignores keys of an input method composing text, and a held letter other than J and K', () => {
    expect(shortcutOf(press('j', { isComposing: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('x', { repeat: true }), onBoard)).toBeNull();
    expect(shortcutOf(press('j', { repeat: true }), onBoard)).toBe('next');
  });

  it('has nothing for other keys', () => {
    expect(shortcutOf(press('q'), onBoard)).toBeNull();
    expect(shortcutOf(press('Enter'), onBoard)).toBeNull();
  });

  it('lists every action it can answer exactly once, and each key of the help sheet once', () => {
    const actions = SHORTCUTS.flatMap((s) => s.action ?? []);
    expect(new Set(actions).size).toBe(actions.length);
    const keys = SHORTCUTS.map((s) => s.keys.join('+'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('stepThrough', () => {
  it('starts at the first card going down and at the last going up', () => {
    expect(stepThrough(-1, 5, 1)).toBe(0);
    expect(stepThrough(-1, 5, -1)).toBe(4);
  });

  it('moves one card and stops at either end', () => {
    expect(stepThrough(2, 5, 1)).toBe(3);
    expect(stepThrough(2, 5, -1)).toBe(1);
    expect(stepThrough(4, 5, 1)).toBe(4);
    expect(stepThrough(0, 5, -1)).toBe(0);
  });

  it('has no card on an empty board', () => {
    expect(stepThrough(-1, 0, 1)).toBeNull();
  });
});
