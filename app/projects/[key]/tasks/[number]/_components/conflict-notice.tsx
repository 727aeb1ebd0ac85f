'use client';

import { useEffect, useId, useRef } from 'react';
import { buttonStyles } from '../../../../../_components/ui/styles';

interface ConflictNoticeProps {
  /** The field, in the words of a sentence: "title", "due date". */
  field: string;
  theirs: React.ReactNode;
  mine: React.ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  pending: boolean;
  /** Said under the buttons where the person may also change their value before keeping it. */
  editable?: boolean;
}

/**
 * A save refused because someone else changed the field since the person began: both values side by side, and the
 * choice between them. It takes focus when it appears, since the button that saved is gone.
 */
export function ConflictNotice({
  field,
  theirs,
  mine,
  onKeepMine,
  onTakeTheirs,
  pending,
  editable,
}: ConflictNoticeProps) {
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
      className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p id={headingId} role="alert" className="font-medium">
        Someone else changed the {field} while you were editing it.
      </p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <section aria-label={`Their ${field}`} className="min-w-0">
          <h4 className="text-xs font-semibold tracking-wide text-amber-900 uppercase">Theirs</h4>
          <div className="mt-1 rounded border border-amber-200 bg-white px-2 py-1 break-words">{theirs}</div>
        </section>
        <section aria-label={`Your ${field}`} className="min-w-0">
          <h4 className="text-xs font-semibold tracking-wide text-amber-900 uppercase">Yours</h4>
          <div className="mt-1 rounded border border-amber-200 bg-white px-2 py-1 break-words">{mine}</div>
        </section>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={onKeepMine} className={buttonStyles.primary}>
          Keep mine
        </button>
        <button type="button" disabled={pending} onClick={onTakeTheirs} className={buttonStyles.secondary}>
          Take theirs
        </button>
      </div>
      {editable && <p className="mt-2 text-xs text-amber-900">Or edit yours above, then keep it.</p>}
    </div>
  );
}
