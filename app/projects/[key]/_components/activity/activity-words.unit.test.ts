import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../../_lib/router-types';
import { activityText } from './activity-words';

const names: Record<string, string> = { ana: 'Ana', ben: 'Ben' };
const nameOf = (id: string) => names[id] ?? 'a former member';
const entry = <T extends ActivityEntry['type']>(
  type: T,
  actorId: string,
  details: Extract<ActivityEntry, { type: T }>['details'],
) =>
  ({
    position: 1,
    projectId: 'p',
    taskId: null,
    actorId,
    type,
    details,
    at: new Date('2026-12-01T10:00:00Z'),
  }) as ActivityEntry;

describe('invitations in the timeline', () => {
  it('never name the person invited, only who invited, withdrew or joined', () => {
    expect(activityText(entry('MemberInvited', 'ana', { invitationId: 'i', role: 'member' }), nameOf)).toBe(
      'Ana invited someone as a member',
    );
    expect(activityText(entry('MemberInvited', 'ana', { invitationId: 'i', role: 'owner' }), nameOf)).toBe(
      'Ana invited someone as an owner',
    );
    expect(activityText(entry('InvitationRevoked', 'ana', { invitationId: 'i' }), nameOf)).toBe(
      'Ana withdrew an invitation',
    );
  });

  it('say who accepted, and then that they joined, with their role', () => {
    expect(activityText(entry('InvitationAccepted', 'ben', { invitationId: 'i', userId: 'ben' }), nameOf)).toBe(
      'Ben accepted an invitation',
    );
    expect(activityText(entry('MemberAdded', 'ben', { userId: 'ben', role: 'member' }), nameOf)).toBe(
      'Ben joined as member',
    );
  });
});
