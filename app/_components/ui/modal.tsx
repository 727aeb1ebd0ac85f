'use client';

import { useEffect, useId, useRef } from 'react';
import { CloseIcon } from './icons';

interface ModalProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: React.ReactNode;
}

/** A native modal <dialog>: the browser traps focus, closes on Escape and restores focus to the opener. */
export function Modal({ open, onClose, title, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
    >
      {open && (
        <div className="relative max-h-[85vh] overflow-y-auto p-5 sm:p-6">
          <h2 id={titleId} className="mr-10 mb-4 text-lg font-semibold">
            {title}
          </h2>
          {children}
          {/* Last in the DOM, so that opening the dialog focuses its first field rather than this button. */}
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="absolute top-3 right-3 inline-flex size-10 items-center justify-center rounded-md text-stone-500 hover:bg-stone-100 hover:text-stone-900 sm:top-4 sm:right-4"
          >
            <CloseIcon />
          </button>
        </div>
      )}
    </dialog>
  );
}
