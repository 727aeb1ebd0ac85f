'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';

/** Leaving cannot be undone by the one who left (only an owner can add them back), so it is asked twice. */
export function LeaveProject({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const opener = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  // The project is no longer theirs to see: a full page load leaves none of it in the browser.
  const leave = useMutation(
    trpc.project.leave.mutationOptions({
      onSuccess: () => {
        window.location.assign('/');
      },
    }),
  );
  const busy = leave.isPending || leave.isSuccess;

  return (
    <section aria-labelledby="leave-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="leave-heading" className="text-sm font-semibold">
        Leave the project
      </h3>
      <p className="mt-1 text-sm text-stone-600">You will no longer see it. What you did in it stays in its history.</p>
      <button
        ref={opener}
        type="button"
        aria-expanded={confirming}
        onClick={() => {
          setConfirming(true);
        }}
        className={`mt-3 ${buttonStyles.secondary}`}
      >
        Leave project
      </button>
      {confirming && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <p className="w-full text-sm font-medium text-stone-900">Leave it for good?</p>
          <button
            type="button"
            autoFocus
            disabled={busy}
            onClick={() => {
              leave.mutate({ projectId, commandId: newCommandId() });
            }}
            className={buttonStyles.danger}
          >
            {busy ? 'Leaving…' : 'Yes, leave the project'}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setConfirming(false);
              leave.reset();
              opener.current?.focus();
            }}
            className={buttonStyles.secondary}
          >
            Stay
          </button>
        </div>
      )}
      {leave.error && <Alert className="mt-2">{errorMessage(leave.error)}</Alert>}
    </section>
  );
}
