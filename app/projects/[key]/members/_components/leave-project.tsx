'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { ConfirmButton } from '../../../../_components/ui/confirm-button';
import { buttonStyles } from '../../../../_components/ui/styles';

/** Leaving cannot be undone by the one who left (only an owner can add them back), so it is asked twice. */
export function LeaveProject({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
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
      <ConfirmButton
        title="Leave the project for good?"
        description={<p>Only an owner can add you back.</p>}
        confirmLabel="Yes, leave the project"
        disabled={busy}
        onConfirm={() => {
          leave.reset();
          leave.mutate({ projectId, commandId: newCommandId() });
        }}
        className={`mt-3 ${buttonStyles.secondary}`}
      >
        {busy ? 'Leaving…' : 'Leave project'}
      </ConfirmButton>
      {leave.error && <Alert className="mt-2">{errorMessage(leave.error)}</Alert>}
    </section>
  );
}
