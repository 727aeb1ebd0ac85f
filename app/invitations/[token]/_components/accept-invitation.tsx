'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../_trpc/client';
import { useCommandId } from '../../../_lib/command-id';
import { errorMessage } from '../../../_lib/error-message';
import { useHydrated } from '../../../_lib/use-hydrated';
import { Alert } from '../../../_components/ui/alert';
import { buttonStyles } from '../../../_components/ui/styles';

/** Accepting lands in the project with a full page load, so that every view is read as a member. */
export function AcceptInvitation({ token }: { token: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [commandId] = useCommandId();
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: ({ projectKey }) => {
        window.location.assign(`/projects/${projectKey}`);
      },
    }),
  );
  const busy = accept.isPending || accept.isSuccess;

  return (
    <div>
      <button
        type="button"
        disabled={!hydrated || busy}
        onClick={() => {
          accept.mutate({ token, commandId });
        }}
        className={buttonStyles.primary}
      >
        {busy ? 'Joining…' : 'Accept invitation'}
      </button>
      {accept.error && <Alert className="mt-3">{errorMessage(accept.error)}</Alert>}
    </div>
  );
}
