'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../_trpc/client';
import { signInHref } from '../../../_lib/auth-paths';
import { useHydrated } from '../../../_lib/use-hydrated';
import { Alert } from '../../../_components/ui/alert';
import { buttonStyles } from '../../../_components/ui/styles';

/** Signs out and comes back to the invitation through sign-in (or sign-up), with the account it was sent to. */
export function SwitchAccount({ next }: { next: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const signOut = useMutation(
    trpc.account.signOut.mutationOptions({
      onSuccess: () => {
        window.location.assign(signInHref(next));
      },
    }),
  );
  const busy = signOut.isPending || signOut.isSuccess;
  return (
    <div className="mt-4">
      <button
        type="button"
        disabled={!hydrated || busy}
        onClick={() => {
          signOut.mutate();
        }}
        className={buttonStyles.primary}
      >
        {busy ? 'Signing out…' : 'Sign in with another account'}
      </button>
      {signOut.isError && <Alert className="mt-3">Could not sign out; try again.</Alert>}
    </div>
  );
}
