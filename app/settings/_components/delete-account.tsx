'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../_trpc/client';
import { newCommandId } from '../../_lib/command-id';
import { errorMessage } from '../../_lib/error-message';
import { signInHref } from '../../_lib/auth-paths';
import { Alert } from '../../_components/ui/alert';
import { ConfirmButton } from '../../_components/ui/confirm-button';
import { buttonStyles } from '../../_components/ui/styles';

/** Deleting an account forgets the person: nothing takes it back, so it is asked twice. */
export function DeleteAccount() {
  const trpc = useTRPC();
  // The account is gone: a full page load leaves nothing read as this person in the browser.
  const remove = useMutation(
    trpc.account.deleteAccount.mutationOptions({
      onSuccess: () => {
        window.location.assign(signInHref());
      },
    }),
  );
  const busy = remove.isPending || remove.isSuccess;

  return (
    <section aria-labelledby="delete-account-heading" className="mt-8 rounded-lg border border-red-200 bg-white p-4">
      <h2 id="delete-account-heading" className="text-sm font-semibold">
        Delete your account
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Your name, e-mail address and the text of every comment you wrote are destroyed. What you did stays in each
        project&apos;s history, shown as done by &ldquo;a former member&rdquo;, and your comments as &ldquo;comment
        removed&rdquo;.
      </p>
      <ConfirmButton
        title="Delete your account for good?"
        description={
          <p>
            This cannot be undone: your comments cannot be read again by anyone, and you cannot sign in with this
            account again.
          </p>
        }
        confirmLabel="Yes, delete my account"
        disabled={busy}
        onConfirm={() => {
          remove.reset();
          remove.mutate({ commandId: newCommandId() });
        }}
        className={`mt-3 ${buttonStyles.danger}`}
      >
        {busy ? 'Deleting…' : 'Delete account'}
      </ConfirmButton>
      {remove.error && <Alert className="mt-2">{errorMessage(remove.error)}</Alert>}
    </section>
  );
}
