'use client';

import { Modal } from '../../../../_components/ui/modal';
import { SHORTCUTS } from './keymap';
import { ShortcutKeys } from './shortcut-keys';

/** The `?` sheet: every shortcut of the keymap, none of them written twice. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts">
      <p className="mb-3 text-sm text-stone-600">
        They work on the project&apos;s pages, except while typing in a field.
      </p>
      <ul aria-label="Shortcuts" className="divide-y divide-stone-100">
        {SHORTCUTS.map((shortcut) => (
          <li key={shortcut.keys.join('+')} className="flex items-center justify-between gap-4 py-2 text-sm">
            <span>{shortcut.description}</span>
            <ShortcutKeys keys={shortcut.keys} />
          </li>
        ))}
      </ul>
    </Modal>
  );
}
