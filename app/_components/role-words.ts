import type { Role } from '@/domain';

export const ROLE_LABELS: Readonly<Record<Role, string>> = { owner: 'Owner', member: 'Member', viewer: 'Viewer' };

export const ROLES_EXPLAINED =
  'Owners can change everything, including the workflow and who belongs to the project; members work on tasks; viewers can only look.';
