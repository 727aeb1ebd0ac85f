import { assertNever } from '../shared/decider';
import type { ProjectEvent, WorkflowStatus } from './events';
import { evolveInvitations, type Invitations } from './invitations';
import { evolveLabels, type Labels } from './labels';
import type { Members } from './members';
import { evolveNamedPoints, type NamedPoints } from './named-points';

export type ProjectState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'archived';
      readonly id: string;
      readonly key: string;
      readonly name: string;
      readonly statuses: readonly WorkflowStatus[];
      readonly lastTaskNumber: number;
      /** Current members by account id; a removed member is simply absent. */
      readonly members: Members;
      /** Every invitation made, pending or closed; a pending one makes nobody a member. */
      readonly invitations: Invitations;
      readonly namedPoints: NamedPoints;
      readonly labels: Labels;
    };

export type ExistingProject = Exclude<ProjectState, { status: 'none' }>;
export type ActiveProject = ExistingProject & { readonly status: 'active' };

export const initialProjectState: ProjectState = { status: 'none' };

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  if (event.type === 'ProjectCreated') {
    const { projectId, key, name, statuses } = event.data;
    return {
      status: 'active',
      id: projectId,
      key,
      name,
      statuses,
      lastTaskNumber: 0,
      members: {},
      invitations: {},
      namedPoints: {},
      labels: {},
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    // Where a project came from, and what a restore did, are history: its state is what they led to.
    case 'ProjectForked':
    case 'BoardRestored':
    case 'ChangeUndone':
      return state;
    case 'ProjectRenamed':
      return { ...state, name: event.data.name };
    case 'ProjectArchived':
      return { ...state, status: 'archived' };
    case 'ProjectRestored':
      return { ...state, status: 'active' };
    case 'StatusAdded':
      return {
        ...state,
        statuses: [
          ...state.statuses,
          { id: event.data.statusId, name: event.data.name, category: event.data.category },
        ],
      };
    case 'StatusRenamed':
      return {
        ...state,
        statuses: state.statuses.map((s) => (s.id === event.data.statusId ? { ...s, name: event.data.name } : s)),
      };
    case 'StatusMoved':
      return { ...state, statuses: moveStatus(state.statuses, event.data.statusId, event.data.toIndex) };
    case 'StatusRemoved':
      return { ...state, statuses: state.statuses.filter((s) => s.id !== event.data.statusId) };
    case 'StatusCategoryChanged':
      return {
        ...state,
        statuses: state.statuses.map((s) =>
          s.id === event.data.statusId ? { ...s, category: event.data.category } : s,
        ),
      };
    case 'TaskNumberReserved':
      return { ...state, lastTaskNumber: event.data.number };
    case 'MemberAdded':
    case 'MemberRoleChanged':
      return { ...state, members: { ...state.members, [event.data.userId]: event.data.role } };
    case 'MemberRemoved':
      return {
        ...state,
        members: Object.fromEntries(Object.entries(state.members).filter(([userId]) => userId !== event.data.userId)),
      };
    case 'MemberInvited':
    case 'InvitationRevoked':
    case 'InvitationAccepted':
      return { ...state, invitations: evolveInvitations(state.invitations, event) };
    case 'LabelCreated':
    case 'LabelRenamed':
    case 'LabelRecoloured':
    case 'LabelDeleted':
      return { ...state, labels: evolveLabels(state.labels, event) };
    case 'PointNamed':
    case 'PointUnnamed':
      return { ...state, namedPoints: evolveNamedPoints(state.namedPoints, event) };
    default:
      return assertNever(event);
  }
}

export function moveStatus(statuses: readonly WorkflowStatus[], statusId: string, toIndex: number): WorkflowStatus[] {
  const moving = statuses.find((s) => s.id === statusId);
  if (!moving) return [...statuses];
  const rest = statuses.filter((s) => s.id !== statusId);
  return [...rest.slice(0, toIndex), moving, ...rest.slice(toIndex)];
}
