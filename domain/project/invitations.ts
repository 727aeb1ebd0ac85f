import { assertNever } from '../shared/decider';
import { invalid, notFound, ruleViolated } from '../shared/errors';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import { requirePermission, requireRole, type Role } from './members';
import type { ExistingProject } from './state';

/**
 * Every invitation the project has made, by id. A closed one is kept: its id can never be handed out again (a link
 * names its invitation by id, so a withdrawn link must not come back to life), and a late answer to it is told what
 * became of it.
 */
export type InvitationStatus = 'pending' | 'accepted' | 'withdrawn';
export interface Invitation {
  readonly role: Role;
  readonly status: InvitationStatus;
}
export type Invitations = Readonly<Record<string, Invitation>>;

type InvitationEvent = Extract<ProjectEvent, { type: 'MemberInvited' | 'InvitationRevoked' | 'InvitationAccepted' }>;
export type InvitationCommand = Extract<
  ProjectCommand,
  { type: 'InviteMember' | 'RevokeInvitation' | 'AcceptInvitation' }
>;

export function evolveInvitations(invitations: Invitations, event: InvitationEvent): Invitations {
  const { invitationId } = event.data;
  if (event.type === 'MemberInvited') {
    return { ...invitations, [invitationId]: { role: event.data.role, status: 'pending' } };
  }
  const invitation = invitations[invitationId];
  if (!invitation) return invitations;
  const status = event.type === 'InvitationAccepted' ? 'accepted' : 'withdrawn';
  return { ...invitations, [invitationId]: { ...invitation, status } };
}

export function decideInvitation(command: InvitationCommand, state: ExistingProject): readonly ProjectEvent[] {
  const { members, invitations } = state;
  const { invitationId } = command;
  const invitation = invitations[invitationId];
  switch (command.type) {
    case 'InviteMember': {
      requirePermission(members, command.actorId, 'manageProject', 'invite people');
      const role = requireRole(command.role);
      if (invitationId === '') throw invalid('invitationId', 'An invitation needs an id');
      if (invitation) throw ruleViolated('That invitation already exists');
      return [{ type: 'MemberInvited', data: { invitationId, role } }];
    }
    case 'RevokeInvitation': {
      requirePermission(members, command.actorId, 'manageProject', 'withdraw invitations');
      if (!invitation) throw notFound('Invitation not found');
      if (invitation.status === 'withdrawn') return [];
      if (invitation.status === 'accepted') {
        throw ruleViolated('This invitation has been accepted: remove the member instead');
      }
      return [{ type: 'InvitationRevoked', data: { invitationId } }];
    }
    case 'AcceptInvitation': {
      if (!invitation) throw notFound('Invitation not found');
      if (invitation.status === 'accepted') throw ruleViolated('This invitation has been used already');
      if (invitation.status === 'withdrawn') throw ruleViolated('This invitation was withdrawn');
      if (command.userId === '') throw invalid('userId', 'Only someone with an account can accept an invitation');
      const current = members[command.userId];
      if (current) throw ruleViolated(`You are already a member of this project, as ${current}`);
      return [
        { type: 'InvitationAccepted', data: { invitationId, userId: command.userId } },
        { type: 'MemberAdded', data: { userId: command.userId, role: invitation.role } },
      ];
    }
    default:
      return assertNever(command);
  }
}
