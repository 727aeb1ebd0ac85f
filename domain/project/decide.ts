import { assertNever } from '../shared/decider';
import { invalid, notFound, ruleViolated } from '../shared/errors';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import {
  MAX_STATUSES,
  requireActiveProject,
  requireProjectKey,
  requireProjectName,
  requireStatus,
  requireStatusCategory,
  requireStatusName,
  requireUniqueStatusName,
} from './rules';
import { decideInvitation, type InvitationCommand } from './invitations';
import { decideLabel } from './labels';
import { decideNamedPoint } from './named-points';
import { requireAnotherOwner, requirePermission, requireRole } from './members';
import type { ActiveProject, ExistingProject, ProjectState } from './state';

export function decideProject(command: ProjectCommand, state: ProjectState): readonly ProjectEvent[] {
  if (command.type === 'CreateProject') return createProject(command, state);
  if (command.type === 'ForkProject') {
    const { sourceProjectId, sourceKey, position, at } = command;
    if (sourceProjectId === command.projectId) throw invalid('projectId', 'A fork is a new project');
    const forked: ProjectEvent = { type: 'ProjectForked', data: { sourceProjectId, sourceKey, position, at } };
    return [forked, ...createProject(command, state)];
  }
  if (state.status === 'none') throw notFound('Project not found');
  switch (command.type) {
    case 'RestoreProject':
      return state.status === 'archived' ? [{ type: 'ProjectRestored', data: {} }] : [];
    case 'ArchiveProject':
      return state.status === 'active' ? [{ type: 'ProjectArchived', data: {} }] : [];
    // Its steps were decided by their own rules; the undo of an archiving or of its restoring ends either way.
    case 'MarkUndone':
      return [{ type: 'ChangeUndone', data: { commandId: command.commandId, positions: command.positions } }];
    // Who can see an archived project still matters, so membership changes on either.
    case 'ChangeMemberRole':
    case 'RemoveMember':
      return decideMembership(command, state);
    case 'LeaveProject':
      return decideMembership({ ...command, type: 'RemoveMember', userId: command.actorId }, state);
    case 'InviteMember':
    case 'RevokeInvitation':
    case 'AcceptInvitation':
      return decideInvitation(command, state);
    default:
      requireActiveProject(state);
      return decideOnActiveProject(command, state);
  }
}

type MembershipCommand = Extract<ProjectCommand, { type: 'ChangeMemberRole' | 'RemoveMember' }>;
type ActiveProjectCommand = Exclude<
  ProjectCommand,
  | { type: 'CreateProject' | 'ForkProject' | 'RestoreProject' | 'ArchiveProject' | 'LeaveProject' | 'MarkUndone' }
  | MembershipCommand
  | InvitationCommand
>;

function decideMembership(command: MembershipCommand, state: ExistingProject): readonly ProjectEvent[] {
  const { members } = state;
  const current = members[command.userId];
  switch (command.type) {
    case 'ChangeMemberRole': {
      requirePermission(members, command.actorId, 'manageProject', 'change roles');
      const role = requireRole(command.role);
      if (!current) throw notFound('Not a member of this project');
      if (current === role) return [];
      if (current === 'owner') requireAnotherOwner(members, command.userId);
      return [{ type: 'MemberRoleChanged', data: { userId: command.userId, role } }];
    }
    case 'RemoveMember': {
      // Anyone may leave; removing someone else is an owner's call.
      if (command.userId !== command.actorId) {
        requirePermission(members, command.actorId, 'manageProject', 'remove members');
      }
      if (!current) return [];
      if (current === 'owner') requireAnotherOwner(members, command.userId);
      return [{ type: 'MemberRemoved', data: { userId: command.userId } }];
    }
    default:
      return assertNever(command);
  }
}

function decideOnActiveProject(command: ActiveProjectCommand, state: ActiveProject): readonly ProjectEvent[] {
  switch (command.type) {
    case 'RenameProject': {
      const name = requireProjectName(command.name);
      return name === state.name ? [] : [{ type: 'ProjectRenamed', data: { name } }];
    }
    case 'AddStatus': {
      const name = requireStatusName(command.name);
      if (state.statuses.length >= MAX_STATUSES) throw ruleViolated(`A workflow has at most ${MAX_STATUSES} statuses`);
      if (command.statusId === '') throw invalid('statusId', 'A status needs an id');
      if (state.statuses.some((s) => s.id === command.statusId)) throw ruleViolated('That status already exists');
      requireUniqueStatusName(state.statuses, name);
      return [
        { type: 'StatusAdded', data: { statusId: command.statusId, name, category: command.category ?? 'started' } },
      ];
    }
    case 'RenameStatus': {
      const status = requireStatus(state, command.statusId);
      const name = requireStatusName(command.name);
      if (name === status.name) return [];
      requireUniqueStatusName(state.statuses, name, status.id);
      return [{ type: 'StatusRenamed', data: { statusId: status.id, name } }];
    }
    case 'MoveStatus': {
      requireStatus(state, command.statusId);
      const { toIndex } = command;
      if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= state.statuses.length) {
        throw invalid('toIndex', `Position must be between 0 and ${state.statuses.length - 1}`);
      }
      const fromIndex = state.statuses.findIndex((s) => s.id === command.statusId);
      return fromIndex === toIndex ? [] : [{ type: 'StatusMoved', data: { statusId: command.statusId, toIndex } }];
    }
    case 'ChangeStatusCategory': {
      const status = requireStatus(state, command.statusId);
      const category = requireStatusCategory(command.category);
      if (category === status.category) return [];
      return [{ type: 'StatusCategoryChanged', data: { statusId: status.id, category } }];
    }
    case 'RemoveStatus': {
      const status = requireStatus(state, command.statusId);
      if (command.moveTasksTo !== undefined) {
        if (command.moveTasksTo === status.id) throw invalid('moveTasksTo', 'Its tasks must go to another status');
        requireStatus(state, command.moveTasksTo);
      }
      if (command.tasksInStatus > 0) {
        const tasks = command.tasksInStatus === 1 ? '1 task is' : `${command.tasksInStatus} tasks are`;
        throw ruleViolated(`"${status.name}" can only be removed when empty: ${tasks} still in it`);
      }
      if (state.statuses.length === 1) throw ruleViolated('A workflow needs at least one status');
      return [{ type: 'StatusRemoved', data: { statusId: status.id } }];
    }
    case 'ReserveTaskNumber':
      return [{ type: 'TaskNumberReserved', data: { taskId: command.taskId, number: state.lastTaskNumber + 1 } }];
    case 'CreateLabel':
    case 'RenameLabel':
    case 'RecolourLabel':
    case 'DeleteLabel':
      return decideLabel(command, state);
    case 'NamePoint':
    case 'UnnamePoint':
      return decideNamedPoint(command, state);
    case 'MarkRestored': {
      const { position, at, taskId, changes } = command;
      return changes === 0 ? [] : [{ type: 'BoardRestored', data: { position, at, taskId, changes } }];
    }

    default:
      return assertNever(command);
  }
}

function createProject(
  command: Extract<ProjectCommand, { type: 'CreateProject' | 'ForkProject' }>,
  state: ProjectState,
): readonly ProjectEvent[] {
  if (state.status !== 'none') throw ruleViolated('This project already exists');
  const name = requireProjectName(command.name);
  const key = requireProjectKey(command.key);
  if (command.statuses.length === 0) throw invalid('statuses', 'A workflow needs at least one status');
  const statuses = command.statuses.map((s) => ({
    id: s.id,
    name: requireStatusName(s.name),
    category: s.category ?? ('started' as const),
  }));
  if (statuses.some((s) => s.id === '') || new Set(statuses.map((s) => s.id)).size !== statuses.length) {
    throw invalid('statuses', 'Every status needs its own id');
  }
  statuses.forEach((s, i) => {
    requireUniqueStatusName(statuses.slice(0, i), s.name);
  });
  if (command.ownerId === '') throw invalid('ownerId', 'A project needs an owner');
  return [
    { type: 'ProjectCreated', data: { projectId: command.projectId, key, name, statuses } },
    { type: 'MemberAdded', data: { userId: command.ownerId, role: 'owner' } },
  ];
}
