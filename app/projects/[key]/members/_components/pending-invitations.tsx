'use client';

import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { PendingInvitation } from '../../../../_lib/router-types';
import { Alert } from '../../../../_components/ui/alert';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { ConfirmButton } from '../../../../_components/ui/confirm-button';
import { useLiveProject } from '../../_lib/live/live-project';
import { useMembers } from '../../_lib/use-members';
import { CopyLink } from './copy-link';
import { ROLE_LABELS } from '../../../../_components/role-words';

/**
 * Invitations nobody has answered yet, for owners: their links can be copied again, and withdrawn. Withdrawing takes
 * the row away, so focus goes to the list's heading and a status says what happened.
 */
export function PendingInvitations({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const { data: invitations } = useSuspenseQuery(trpc.project.invitations.queryOptions({ projectId }));
  const heading = useRef<HTMLHeadingElement>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  return (
    <section aria-labelledby="pending-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="pending-heading" ref={heading} tabIndex={-1} className="text-sm font-semibold">
        Pending invitations
      </h3>
      <p role="status" className="mt-1 text-sm text-emerald-800 empty:hidden">
        {withdrawn && `The invitation for ${withdrawn} was withdrawn: its link no longer works.`}
      </p>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No invitation is waiting for an answer.</p>
      ) : (
        <ul aria-labelledby="pending-heading" className="mt-2 divide-y divide-stone-100">
          {invitations.map((invitation) => (
            <InvitationRow
              key={invitation.invitationId}
              projectId={projectId}
              invitation={invitation}
              onWithdrawn={() => {
                setWithdrawn(invitation.email);
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitationRow({
  projectId,
  invitation,
  onWithdrawn,
}: {
  projectId: string;
  invitation: PendingInvitation;
  onWithdrawn: () => void;
}) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const people = useMembers(projectId);
  const withdraw = useMutation(
    trpc.project.revokeInvitation.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        onWithdrawn();
      },
    }),
  );

  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-stone-900">{invitation.email}</p>
          <p className="text-xs text-stone-500">
            {ROLE_LABELS[invitation.role]}, invited by {people.nameOf(invitation.invitedBy)}{' '}
            <RelativeTime date={invitation.invitedAt} />
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CopyLink path={invitation.linkPath} name={`for ${invitation.email}`} />
          <ConfirmButton
            label={`Withdraw the invitation for ${invitation.email}`}
            title={`Withdraw the invitation for ${invitation.email}?`}
            description={
              <p>Its link will stop working. This cannot be undone: to invite them again, send a new one.</p>
            }
            confirmLabel="Withdraw the invitation"
            disabled={withdraw.isPending}
            onConfirm={() => {
              withdraw.mutate({ projectId, invitationId: invitation.invitationId, commandId: newCommandId() });
            }}
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw'}
          </ConfirmButton>
        </div>
      </div>
      {withdraw.error && <Alert className="mt-2">{errorMessage(withdraw.error)}</Alert>}
    </li>
  );
}
