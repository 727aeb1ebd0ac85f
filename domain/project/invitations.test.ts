import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider-spec';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import { projectDecider } from './index';
import type { Role } from './members';

const given = specFor(projectDecider);
const stateAfter = (events: readonly ProjectEvent[]) => fold(projectDecider, events);

const created: ProjectEvent = {
  type: 'ProjectCreated',
  data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses: [{ id: 's1', name: 'Todo', category: 'unstarted' }] },
};
const member = (userId: string, role: Role): ProjectEvent => ({ type: 'MemberAdded', data: { userId, role } });
const team = [created, member('u-owner', 'owner'), member('u-ben', 'member'), member('u-vic', 'viewer')];

const invited = (invitationId: string, role: Role = 'member'): ProjectEvent => ({
  type: 'MemberInvited',
  data: { invitationId, role },
});
const revoked = (invitationId: string): ProjectEvent => ({ type: 'InvitationRevoked', data: { invitationId } });
const accepted = (invitationId: string, userId: string): ProjectEvent => ({
  type: 'InvitationAccepted',
  data: { invitationId, userId },
});
const archived: ProjectEvent = { type: 'ProjectArchived', data: {} };

const invite = (actorId: string, invitationId: string, role: Role = 'member'): ProjectCommand => ({
  type: 'InviteMember',
  projectId: 'p1',
  email: 'someone@example.test',
  actorId,
  invitationId,
  role,
});
const revoke = (actorId: string, invitationId: string): ProjectCommand => ({
  type: 'RevokeInvitation',
  projectId: 'p1',
  actorId,
  invitationId,
});
const accept = (invitationId: string, userId: string): ProjectCommand => ({
  type: 'AcceptInvitation',
  invitationId,
  userId,
});

describe('InviteMember', () => {
  it('lets an owner invite someone with a role', () => {
    given(team)
      .when(invite('u-owner', 'i-1', 'viewer'))
      .then([{ type: 'MemberInvited', data: { invitationId: 'i-1', role: 'viewer' } }]);
  });

  it.each([
    ['a member', 'u-ben'],
    ['a viewer', 'u-vic'],
    ['an outsider', 'u-zed'],
  ])('refuses an invitation made by %s', (_, actorId) => {
    given(team).when(invite(actorId, 'i-1')).thenThrows('forbidden', 'Only an owner of the project can invite people');
  });

  it('refuses an unknown role and an invitation without an id', () => {
    given(team)
      .when(invite('u-owner', 'i-1', 'admin' as Role))
      .thenThrows('invalid', /Role must be one of owner, member, viewer/);
    given(team).when(invite('u-owner', '')).thenThrows('invalid', 'An invitation needs an id');
  });

  it('never hands out an id twice, not even one that was withdrawn or used: its link would open again', () => {
    given([...team, invited('i-1')])
      .when(invite('u-owner', 'i-1'))
      .thenThrows('rule_violated', 'That invitation already exists');
    given([...team, invited('i-1'), revoked('i-1')])
      .when(invite('u-owner', 'i-1'))
      .thenThrows('rule_violated', 'That invitation already exists');
    given([...team, invited('i-1'), accepted('i-1', 'u-new'), member('u-new', 'member')])
      .when(invite('u-owner', 'i-1'))
      .thenThrows('rule_violated', 'That invitation already exists');
  });

  it('invites to an archived project too, as members are managed there', () => {
    given([...team, archived])
      .when(invite('u-owner', 'i-1'))
      .then([{ type: 'MemberInvited', data: { invitationId: 'i-1', role: 'member' } }]);
  });

  it('refuses on a project that does not exist', () => {
    given([]).when(invite('u-owner', 'i-1')).thenThrows('not_found', 'Project not found');
  });
});

describe('RevokeInvitation', () => {
  it('lets an owner withdraw a pending invitation', () => {
    given([...team, invited('i-1')])
      .when(revoke('u-owner', 'i-1'))
      .then([{ type: 'InvitationRevoked', data: { invitationId: 'i-1' } }]);
  });

  it.each([
    ['a member', 'u-ben'],
    ['a viewer', 'u-vic'],
    ['an outsider', 'u-zed'],
  ])('refuses a withdrawal by %s', (_, actorId) => {
    given([...team, invited('i-1')])
      .when(revoke(actorId, 'i-1'))
      .thenThrows('forbidden', 'Only an owner of the project can withdraw invitations');
  });

  it('does not know an invitation the project never made (one of another project)', () => {
    given([...team, invited('i-1')])
      .when(revoke('u-owner', 'i-other'))
      .thenThrows('not_found', 'Invitation not found');
  });

  it('changes nothing when withdrawn already, and cannot take back one that was accepted', () => {
    given([...team, invited('i-1'), revoked('i-1')])
      .when(revoke('u-owner', 'i-1'))
      .then([]);
    given([...team, invited('i-1'), accepted('i-1', 'u-new'), member('u-new', 'member')])
      .when(revoke('u-owner', 'i-1'))
      .thenThrows('rule_violated', 'This invitation has been accepted: remove the member instead');
  });
});

describe('AcceptInvitation', () => {
  it('makes the person a member with the role they were invited as, needing no role of their own', () => {
    given([...team, invited('i-1', 'viewer')])
      .when(accept('i-1', 'u-new'))
      .then([
        { type: 'InvitationAccepted', data: { invitationId: 'i-1', userId: 'u-new' } },
        { type: 'MemberAdded', data: { userId: 'u-new', role: 'viewer' } },
      ]);
  });

  it('refuses an invitation the project never made', () => {
    given([...team, invited('i-1')])
      .when(accept('i-other', 'u-new'))
      .thenThrows('not_found', 'Invitation not found');
  });

  it('is answered once: a used invitation cannot let anyone else in', () => {
    given([...team, invited('i-1'), accepted('i-1', 'u-new'), member('u-new', 'member')])
      .when(accept('i-1', 'u-other'))
      .thenThrows('rule_violated', 'This invitation has been used already');
  });

  it('refuses a withdrawn invitation', () => {
    given([...team, invited('i-1'), revoked('i-1')])
      .when(accept('i-1', 'u-new'))
      .thenThrows('rule_violated', 'This invitation was withdrawn');
  });

  it('refuses someone who is already a member, and leaves the invitation open', () => {
    given([...team, invited('i-1', 'owner')])
      .when(accept('i-1', 'u-vic'))
      .thenThrows('rule_violated', 'You are already a member of this project, as viewer');
  });

  it('takes a former member back, with the role of the new invitation', () => {
    given([...team, { type: 'MemberRemoved', data: { userId: 'u-ben' } }, invited('i-1', 'viewer')])
      .when(accept('i-1', 'u-ben'))
      .then([
        { type: 'InvitationAccepted', data: { invitationId: 'i-1', userId: 'u-ben' } },
        { type: 'MemberAdded', data: { userId: 'u-ben', role: 'viewer' } },
      ]);
  });

  it('refuses someone without an account id', () => {
    given([...team, invited('i-1')])
      .when(accept('i-1', ''))
      .thenThrows('invalid', 'Only someone with an account can accept an invitation');
  });

  it('lets someone join an archived project, as its members are managed there', () => {
    given([...team, invited('i-1'), archived])
      .when(accept('i-1', 'u-new'))
      .then([
        { type: 'InvitationAccepted', data: { invitationId: 'i-1', userId: 'u-new' } },
        { type: 'MemberAdded', data: { userId: 'u-new', role: 'member' } },
      ]);
  });
});

describe('invitations in the project state', () => {
  it('a pending invitation makes nobody a member', () => {
    expect(stateAfter([...team, invited('i-1', 'owner')])).toMatchObject({
      members: { 'u-owner': 'owner', 'u-ben': 'member', 'u-vic': 'viewer' },
      invitations: { 'i-1': { role: 'owner', status: 'pending' } },
    });
    const state = stateAfter([...team, invited('i-1', 'owner')]);
    expect(state.status !== 'none' && Object.keys(state.members)).toHaveLength(3);
  });

  it('remembers what became of each invitation', () => {
    const state = stateAfter([
      ...team,
      invited('i-1'),
      invited('i-2', 'viewer'),
      revoked('i-1'),
      accepted('i-2', 'u-new'),
      member('u-new', 'viewer'),
    ]);
    expect(state).toMatchObject({
      members: { 'u-new': 'viewer' },
      invitations: { 'i-1': { role: 'member', status: 'withdrawn' }, 'i-2': { role: 'viewer', status: 'accepted' } },
    });
  });

  it('ignores the answer to an invitation it never saw', () => {
    expect(stateAfter([...team, revoked('i-x')])).toMatchObject({ invitations: {} });
  });
});
