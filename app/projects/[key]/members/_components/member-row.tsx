'use client';

import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { ROLES, type Role } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Member } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { Avatar } from '../../../../_components/ui/avatar';
import { ConfirmButton } from '../../../../_components/ui/confirm-button';
import { inputStyles } from '../../../../_components/ui/styles';
import { ROLE_LABELS } from '../../../../_components/role-words';

interface MemberRowProps {
  projectId: string;
  member: Member;
  isMe: boolean;
  /** Whether the signed-in person may change roles and remove people (an owner). */
  manage: boolean;
}

/** A row of the members table; a refusal gets a row of its own just below. */
export function MemberRow({ projectId, member, isMe, manage }: MemberRowProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const roleId = useId();
  // After a change the row waits for the fresh list; after a refusal it shows the error at once and reads meanwhile.
  const afterwards = { onSuccess: live.settled, onError: () => void live.refused() };
  const changeRole = useMutation(trpc.project.changeMemberRole.mutationOptions(afterwards));
  const remove = useMutation(trpc.project.removeMember.mutationOptions(afterwards));
  const busy = changeRole.isPending || remove.isPending;
  const error = changeRole.error ?? remove.error;
  const role = changeRole.isPending ? changeRole.variables.role : member.role;

  return (
    <>
      <tr className="border-t border-stone-100 first:border-t-0">
        <th scope="row" className="w-full max-w-0 py-3 pr-3 text-left font-normal">
          <div className="flex min-w-0 items-center gap-3">
            <span aria-hidden="true">
              <Avatar name={member.name} />
            </span>
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-stone-900">
                {member.name}
                {isMe && <span className="font-normal text-stone-500"> (you)</span>}
              </p>
              <p className="truncate text-xs text-stone-500">{member.email}</p>
            </div>
          </div>
        </th>
        <td className="py-3">
          <div className="w-32">
            {manage ? (
              <>
                <label htmlFor={roleId} className="sr-only">
                  Role of {member.name}
                </label>
                <select
                  id={roleId}
                  value={role}
                  disabled={busy}
                  onChange={(event) => {
                    remove.reset();
                    changeRole.mutate({
                      projectId,
                      userId: member.userId,
                      role: event.target.value as Role,
                      commandId: newCommandId(),
                    });
                  }}
                  className={inputStyles}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">
                {ROLE_LABELS[member.role]}
              </span>
            )}
          </div>
        </td>
        {manage && (
          <td className="py-3 pl-2 text-right">
            {/* Oneself leaves the project instead, below. */}
            {!isMe && (
              <ConfirmButton
                label={`Remove ${member.name}`}
                title={`Remove ${member.name}?`}
                description={
                  <p>
                    {member.name} will no longer see the project. What they did stays in its history. This cannot be
                    undone: to bring them back, invite them again.
                  </p>
                }
                confirmLabel={`Remove ${member.name}`}
                disabled={busy}
                onConfirm={() => {
                  changeRole.reset();
                  remove.mutate({ projectId, userId: member.userId, commandId: newCommandId() });
                }}
              >
                Remove
              </ConfirmButton>
            )}
          </td>
        )}
      </tr>
      {error && (
        <tr>
          <td colSpan={manage ? 3 : 2} className="pb-3">
            <Alert>{errorMessage(error)}</Alert>
          </td>
        </tr>
      )}
    </>
  );
}
