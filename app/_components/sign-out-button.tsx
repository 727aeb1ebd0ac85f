'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../_trpc/client';
import { signInHref } from '../_lib/auth-paths';
import { useHydrated } from '../_lib/use-hydrated';
import { buttonStyles } from './ui/styles';

export function SignOutButton() {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  // A full page load, so that nothing read as this person stays in the browser's memory.
  const signOut = useMutation(
    trpc.account.signOut.mutationOptions({
      onSuccess: () => {
        window.location.assign(signInHref());
      },
    }),
  );
  return (
    <>
      <button
        type="button"
        disabled={!hydrated || signOut.isPending || signOut.isSuccess}
        onClick={() => {
          signOut.mutate();
        }}
        className={buttonStyles.ghost}
      >
        {signOut.isPending || signOut.isSuccess ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError && (
        <span role="alert" className="text-sm text-red-700">
          Could not sign out; try again.
        </span>
      )}
    </>
  );
}
