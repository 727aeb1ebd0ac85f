import { forbidden, invalid, notFound, ruleViolated } from '../shared/errors';
import type { ProjectState } from './state';

/**
 * Who may do what in a project. The tRPC middleware asks `can` before any procedure runs, and the project decider
 * asks it again for membership changes, so the table below is the one place a role's reach is written down.
 */
export const ROLES = ['owner', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ['read', 'changeTasks', 'manageProject'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: ['read', 'changeTasks', 'manageProject'],
  member: ['read', 'changeTasks'],
  viewer: ['read'],
};

export const can = (role: Role | undefined, permission: Permission): boolean =>
  role !== undefined && GRANTS[role].includes(permission);

export type Members = Readonly<Record<string, Role>>;

/**
 * A command on a project is judged on its state under the command's lock, so the access the API checked at the door
 * must still hold there: someone removed meantime is no longer a member (and is told the project does not exist, as
 * any outsider is), and a role changed meantime may no longer grant the permission.
 */
export function requireAccess(project: ProjectState, actorId: string, permission: Permission) {
  requireGrant(project.status === 'none' ? undefined : project.members[actorId], permission);
}

/** What a role may not do is refused with why; someone with no role learns nothing about the project. */
export function requireGrant(role: Role | undefined, permission: Permission): asserts role is Role {
  if (!role) throw notFound('Project not found');
  if (!can(role, permission)) throw forbidden(`As a ${role} of this project you cannot do this`);
}

export function requirePermission(members: Members, actorId: string, permission: Permission, doing: string) {
  if (!can(members[actorId], permission)) throw forbidden(`Only an owner of the project can ${doing}`);
}

export function requireRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw invalid('role', `Role must be one of ${ROLES.join(', ')}`);
  return role as Role;
}

/** A project with no owner could never again change its members, so the last one may not step down. */
export function requireAnotherOwner(members: Members, userId: string) {
  const owners = Object.entries(members).filter(([, role]) => role === 'owner');
  if (owners.length === 1 && owners[0]?.[0] === userId) {
    throw ruleViolated('A project needs at least one owner: make someone else an owner first');
  }
}

/** Work goes to people who can act on it: owners and members, not viewers or outsiders. */
export function requireAssignable(members: Members, userId: string) {
  if (!can(members[userId], 'changeTasks')) {
    throw invalid('assigneeId', 'Only owners and members of the project can be assigned a task');
  }
}
