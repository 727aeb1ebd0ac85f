'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../_trpc/client';
import { formError } from '../../_lib/form-error';
import { useHydrated } from '../../_lib/use-hydrated';
import { Alert } from '../../_components/ui/alert';
import { FormField } from '../../_components/ui/form-field';
import { buttonStyles } from '../../_components/ui/styles';

const PASSWORD_MIN = 8;

export function SignUpForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const errorId = useId();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  // Signing up also signs in; a full page load renders every view for the new account.
  const signUp = useMutation(
    trpc.account.signUp.mutationOptions({
      onSuccess: () => {
        window.location.assign(next);
      },
    }),
  );
  const busy = signUp.isPending || signUp.isSuccess;
  const error = signUp.error && formError(signUp.error, ['name', 'email', 'password']);
  const field = (name: keyof typeof fields) => ({
    name,
    value: fields[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setFields({ ...fields, [name]: event.target.value });
    },
    errorId: error?.field === name ? errorId : undefined,
  });
  // A refusal about one field stands under it; any other under the whole form.
  const alertAbout = (name: keyof typeof fields | undefined) =>
    error && error.field === name ? (
      <Alert id={errorId} className={name ? 'mt-2' : ''}>
        {error.message}
      </Alert>
    ) : null;

  // Were it ever sent natively, the password would go in a body, never in an address.
  return (
    <form
      method="post"
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) signUp.mutate({ ...fields, email: fields.email.trim() });
      }}
    >
      <div>
        <FormField label="Your name" type="text" required maxLength={60} autoComplete="name" {...field('name')} />
        {alertAbout('name')}
      </div>
      <div>
        <FormField label="E-mail" type="email" required autoComplete="email" spellCheck={false} {...field('email')} />
        {alertAbout('email')}
      </div>
      <div>
        <FormField
          label="Password"
          type="password"
          required
          minLength={PASSWORD_MIN}
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters, and not easy to guess: a few uncommon words will do.`}
          {...field('password')}
        />
        {alertAbout('password')}
      </div>
      {alertAbout(undefined)}
      <button type="submit" disabled={!hydrated || busy} className={`w-full ${buttonStyles.primary}`}>
        {busy ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
