'use client';

import { Suspense } from 'react';
import { useMe } from '../../../../_lib/use-me';
import { useMembers } from '../../_lib/use-members';
import { useCan } from '../../_lib/use-can';
import { InviteForm } from './invite-form';
import { LeaveProject } from './leave-project';
import { MemberRow } from './member-row';
import { PendingInvitations } from './pending-invitations';
import { ROLES_EXPLAINED } from '../../../../_components/role-words';

/** Who belongs to the project: owners invite people and manage them here, and anyone can leave. */
export function MembersView({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const me = useMe();
  const people = useMembers(projectId);
  const manage = useCan(projectKey, 'manageProject');
  const current = people.list.filter((m) => m.active);

  return (
    <div className="max-w-3xl space-y-6">
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-base font-semibold">
          Members
        </h2>
        <p className="mt-1 text-sm text-stone-600">{ROLES_EXPLAINED}</p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white px-4">
          <table aria-labelledby="members-heading" className="w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                {manage && <th scope="col">Remove</th>}
              </tr>
            </thead>
            <tbody>
              {current.map((member) => (
                <MemberRow
                  key={member.userId}
                  projectId={projectId}
                  member={member}
                  isMe={member.userId === me?.id}
                  manage={manage}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {manage && (
        <>
          <InviteForm projectId={projectId} />
          {/* Read with the page for an owner; someone made an owner meanwhile waits here for the list alone. */}
          <Suspense fallback={<p className="text-sm text-stone-600">Loading the pending invitations…</p>}>
            <PendingInvitations projectId={projectId} />
          </Suspense>
        </>
      )}
      <LeaveProject projectId={projectId} />
    </div>
  );
}
