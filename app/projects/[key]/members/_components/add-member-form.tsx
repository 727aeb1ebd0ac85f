'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ROLES, type Role } from '@/domain';
import { useTRPC } from '../../../../_trpc/client';
import { useCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { useInvalidate } from '../../../../_lib/use-invalidate';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';
import { ROLE_LABELS } from './role-words';

/** People are added by the e-mail of the account they made themselves; nobody is invited by mail. */
export function AddMemberForm({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const ids = { email: useId(), role: useId(), hint: useId() };
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [added, setAdded] = useState<string | null>(null);
  const [commandId, renewCommandId] = useCommandId();
  const add = useMutation(
    trpc.project.addMember.mutationOptions({
      onSuccess: async () => {
        await invalidate.members();
        setAdded(`${email.trim()} was added as ${role}.`);
        setEmail('');
        renewCommandId();
      },
    }),
  );
  const edit = () => {
    setAdded(null);
    add.reset();
    renewCommandId();
  };

  return (
    <section aria-labelledby="add-member-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="add-member-heading" className="text-sm font-semibold">
        Add a member
      </h3>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_9rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!add.isPending) add.mutate({ projectId, email: email.trim(), role, commandId });
        }}
      >
        <div>
          <label htmlFor={ids.email} className={labelStyles}>
            E-mail
          </label>
          <input
            id={ids.email}
            type="email"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              edit();
            }}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.hint}
            placeholder="ben@example.com"
            className={`mt-1 ${inputStyles}`}
          />
        </div>
        <div>
          <label htmlFor={ids.role} className={labelStyles}>
            Role
          </label>
          <select
            id={ids.role}
            value={role}
            onChange={(event) => {
              setRole(event.target.value as Role);
              edit();
            }}
            className={`mt-1 ${inputStyles}`}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={add.isPending} className={buttonStyles.primary}>
          {add.isPending ? 'Adding…' : 'Add member'}
        </button>
      </form>
      <p id={ids.hint} className="mt-2 text-xs text-stone-500">
        They need an account first: anyone can make one on the sign-up page.
      </p>
      {add.error && <Alert className="mt-3">{errorMessage(add.error)}</Alert>}
      <p role="status" className="mt-2 text-sm text-emerald-800 empty:hidden">
        {added}
      </p>
    </section>
  );
}
