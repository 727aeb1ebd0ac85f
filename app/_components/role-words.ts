import type { Role } from '@/domain/vocabulary';

export const ROLE_LABELS: Readonly<Record<Role, string>> = { owner: 'Owner', member: 'Member', viewer: 'Viewer' };

/** A role in a sentence: "invited as a member". */
export const A_ROLE: Readonly<Record<Role, string>> = { owner: 'an owner', member: 'a member', viewer: 'a viewer' };

/** What each role may do, to end "As a member you can ...". */
export const ROLE_REACH: Readonly<Record<Role, string>> = {
  owner: 'change everything, including the workflow and who belongs to the project',
  member: 'work on tasks: create, move, assign and comment on them',
  viewer: 'see everything, its history included, and change nothing',
};

export const ROLES_EXPLAINED =
  'Owners can change everything, including the workflow and who belongs to the project; members work on tasks; viewers can only look.';
