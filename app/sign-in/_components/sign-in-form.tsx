'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../_trpc/client';
import { formError } from '../../_lib/form-error';
import { useHydrated } from '../../_lib/use-hydrated';
import { Alert } from '../../_components/ui/alert';
import { FormField } from '../../_components/ui/form-field';
import { buttonStyles } from '../../_components/ui/styles';
import { DemoAccounts } from './demo-accounts';

/** `children` stand between the form and the demo accounts. */
export function SignInForm({ next, children }: { next: string; children: React.ReactNode }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const errorId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // A full page load: every view is rendered again for the person now signed in, with the cookie just set.
  const signIn = useMutation(
    trpc.account.signIn.mutationOptions({
      onSuccess: () => {
        window.location.assign(next);
      },
    }),
  );
  const busy = signIn.isPending || signIn.isSuccess;
  const error = signIn.error && formError(signIn.error, ['email', 'password']);
  // Too many attempts is about the account or the network, not about what was typed.
  const throttled = signIn.error?.data?.code === 'TOO_MANY_REQUESTS';
  const invalid = (field: string) => (error && !throttled && (error.field ?? field) === field ? errorId : undefined);

  return (
    <>
      {/* Were it ever sent natively, the password would go in a body, never in an address. */}
      <form
        method="post"
        className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) signIn.mutate({ email: email.trim(), password });
        }}
      >
        <FormField
          label="E-mail"
          type="email"
          name="email"
          required
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          errorId={invalid('email')}
        />
        <FormField
          label="Password"
          type="password"
          name="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
          errorId={invalid('password')}
        />
        {error && <Alert id={errorId}>{error.message}</Alert>}
        <button type="submit" disabled={!hydrated || busy} className={`w-full ${buttonStyles.primary}`}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {children}
      <DemoAccounts
        disabled={!hydrated}
        onPick={(demo) => {
          setEmail(demo.email);
          setPassword(demo.password);
          signIn.reset();
        }}
      />
    </>
  );
}
