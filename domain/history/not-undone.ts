import type { DomainEventType } from '../index';

/**
 * The events whose commands no undo takes back: a project's creation (archive it instead), and changes of members
 * and invitations (made again on the members page). The undo refuses them (undo.ts); Ctrl+Z and the toasts leave
 * them out.
 */
export const NOT_UNDONE: readonly DomainEventType[] = [
  'ProjectCreated',
  'ProjectForked',
  'MemberAdded',
  'MemberRoleChanged',
  'MemberRemoved',
  'MemberInvited',
  'InvitationRevoked',
  'InvitationAccepted',
];
