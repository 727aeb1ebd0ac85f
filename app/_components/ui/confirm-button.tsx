'use client';

import { useState } from 'react';
import { Modal } from './modal';
import { buttonStyles } from './styles';

interface ConfirmButtonProps {
  /** The button's words, and what it says to assistive technology when that differs ("Remove Ana Lima"). */
  children: React.ReactNode;
  label?: string;
  /** The dialog's question and what happens, in a sentence or two. */
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}

/**
 * The one way to ask before a change no undo takes back (see domain/history/not-undone.ts): everything else acts at
 * once and offers Undo in its toast. A native modal dialog, so focus moves into it (to Cancel, the safe choice) and
 * goes back to this button when it closes; Escape cancels.
 */
export function ConfirmButton({
  children,
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  disabled,
  className = buttonStyles.danger,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        aria-label={label}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
        className={className}
      >
        {children}
      </button>
      <Modal open={open} onClose={close} title={title}>
        <div className="text-sm text-stone-700">{description}</div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button type="button" onClick={close} className={buttonStyles.secondary}>
            Cancel
          </button>
          <button
            type="button"
            onClick={() => {
              close();
              onConfirm();
            }}
            className={buttonStyles.danger}
          >
            {confirmLabel}
          </button>
        </div>
      </Modal>
    </>
  );
}
