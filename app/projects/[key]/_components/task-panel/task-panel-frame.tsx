'use client';

import { useEffect, useId, useRef } from 'react';
import { taskHref } from '../../_lib/links';
import { CloseIcon } from '../../../../_components/ui/icons';

export interface PanelHeading {
  readonly number: number;
  readonly title: string;
  readonly statusName: string;
}

interface TaskPanelFrameProps {
  projectKey: string;
  heading: PanelHeading;
  /** `skeleton` while only the card's own data is known; what the timing in the e2e spec waits for. */
  state: 'skeleton' | 'content';
  onClose: () => void;
  children: React.ReactNode;
}

/**
 * A task beside the board: a modal <dialog> along the right edge (the browser keeps the focus in it and Escape
 * closes it), labelled by the task's number and title.
 */
export function TaskPanelFrame({ projectKey, heading, state, onClose, children }: TaskPanelFrameProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const name = `${projectKey}-${heading.number}`;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-task-panel={state}
      onCancel={(event) => {
        // The route decides when the panel goes: the dialog stays open until the address leaves the task.
        event.preventDefault();
        close.current();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) close.current();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-xl overflow-y-auto border-l border-stone-200 bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-900/20"
    >
      <div className="flex items-start gap-3 border-b border-stone-200 px-5 py-4">
        <div className="min-w-0 flex-1">
          <p className="flex items-center gap-2 text-sm text-stone-500">
            <span className="font-mono">{name}</span>
            <span aria-hidden="true">·</span>
            <span>{heading.statusName}</span>
          </p>
          <h2 id={titleId} className="mt-1 text-lg font-semibold break-words">
            <span className="sr-only">{name}: </span>
            {heading.title}
          </h2>
        </div>
        {/* A plain link: the page loads afresh as the full task page, not as this panel again. */}
        <a
          href={taskHref(projectKey, heading.number)}
          className="min-h-10 shrink-0 rounded-md px-3 py-2 text-sm font-medium text-indigo-700 hover:bg-stone-100"
        >
          Full page
        </a>
        <button
          type="button"
          autoFocus
          onClick={() => {
            close.current();
          }}
          aria-label={`Close ${name}`}
          className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-stone-500 hover:bg-stone-100 hover:text-stone-900"
        >
          <CloseIcon />
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  );
}

/** The body of a panel whose task is on its way. */
export function PanelSkeleton() {
  return (
    <div aria-busy="true">
      <p className="sr-only">Loading the task…</p>
      <div className="h-24 animate-pulse rounded-md bg-stone-200/70" />
      <div className="mt-5 grid grid-cols-2 gap-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-14 animate-pulse rounded-md bg-stone-200/70" />
        ))}
      </div>
    </div>
  );
}
