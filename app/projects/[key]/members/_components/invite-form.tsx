'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ROLES, type Role } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { useCommandId } from '../../../../_lib/command-id';
import { formError } from '../../../../_lib/form-error';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';
import { CopyLink } from './copy-link';
import { A_ROLE, ROLE_LABELS } from '../../../../_components/role-words';

interface Sent {
  readonly email: string;
  readonly role: Role;
  readonly linkPath: string;
}

/**
 * An owner invites an address and is given a link to send. The app sends no e-mail, and says nothing about whether
 * an account uses the address: the person joins when they open the link signed in with it and accept.
 */
export function InviteForm({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const ids = { email: useId(), role: useId(), hint: useId(), error: useId() };
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [sent, setSent] = useState<Sent | null>(null);
  const [commandId, renewCommandId] = useCommandId();
  const invite = useMutation(
    trpc.project.invite.mutationOptions({
      onSuccess: async (result, input) => {
        setSent({ email: input.email, role: input.role, linkPath: result.linkPath });
        setEmail('');
        renewCommandId();
        await live.settled(result);
      },
    }),
  );
  const error = invite.error && formError(invite.error, ['email']);
  const edit = () => {
    invite.reset();
    renewCommandId();
  };

  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="invite-heading" className="text-sm font-semibold">
        Invite someone
      </h3>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_9rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!invite.isPending) invite.mutate({ projectId, email: email.trim(), role, commandId });
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
            maxLength={254}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              edit();
            }}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error?.field === 'email' ? `${ids.hint} ${ids.error}` : ids.hint}
            aria-invalid={error?.field === 'email' ? true : undefined}
            placeholder="ben@example.com"
            className={`mt-1 ${inputStyles} aria-invalid:border-red-400`}
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
        <button type="submit" disabled={invite.isPending} className={buttonStyles.primary}>
          {invite.isPending ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      <p id={ids.hint} className="mt-2 text-xs text-stone-500">
        You get a link to send them. It works only for an account with this address, made now or later.
      </p>
      {error && (
        <Alert id={ids.error} className="mt-3">
          {error.message}
        </Alert>
      )}
      <div className="mt-3 empty:hidden" role="status">
        {sent && (
          <p className="text-sm text-emerald-800">
            {sent.email} is invited as {A_ROLE[sent.role]}. Send them this link:
          </p>
        )}
      </div>
      {sent && (
        <div className="mt-2">
          <CopyLink path={sent.linkPath} name={`for ${sent.email}`} shown />
        </div>
      )}
    </section>
  );
}
