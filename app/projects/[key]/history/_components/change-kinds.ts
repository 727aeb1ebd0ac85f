import type { DomainEventType } from '@/domain/vocabulary';

/** The kinds of change the timeline can be narrowed to, in a person's words, each with the events it stands for. */
export const CHANGE_KINDS = [
  { id: 'moves', label: 'Moves', types: ['TaskMoved'] },
  {
    id: 'edits',
    label: 'Edits',
    types: ['TaskRenamed', 'TaskDescribed', 'TaskPrioritized', 'TaskScheduled', 'TaskUnscheduled', 'TaskLabeled'],
  },
  { id: 'assignments', label: 'Assignments', types: ['TaskAssigned', 'TaskUnassigned'] },
  {
    id: 'comments',
    label: 'Comments',
    types: ['CommentAdded', 'CommentEdited', 'CommentDeleted', 'CommentRestored'],
  },
  { id: 'tasks', label: 'New and deleted tasks', types: ['TaskCreated', 'TaskDeleted', 'TaskRestored'] },
  {
    id: 'members',
    label: 'Members',
    types: [
      'MemberAdded',
      'MemberRoleChanged',
      'MemberRemoved',
      'MemberInvited',
      'InvitationRevoked',
      'InvitationAccepted',
    ],
  },
  {
    id: 'workflow',
    label: 'Workflow',
    types: ['StatusAdded', 'StatusRenamed', 'StatusMoved', 'StatusRemoved', 'StatusCategoryChanged'],
  },
  {
    id: 'project',
    label: 'Project',
    types: [
      'ProjectCreated',
      'ProjectForked',
      'ProjectRenamed',
      'ProjectArchived',
      'ProjectRestored',
      'PointNamed',
      'PointUnnamed',
      'LabelCreated',
      'LabelRenamed',
      'LabelRecoloured',
      'LabelDeleted',
    ],
  },
  { id: 'undo', label: 'Undos and restores', types: ['ChangeUndone', 'BoardRestored'] },
] as const satisfies readonly { id: string; label: string; types: readonly DomainEventType[] }[];

export type ChangeKind = (typeof CHANGE_KINDS)[number]['id'];

export const isChangeKind = (value: string): value is ChangeKind => CHANGE_KINDS.some((k) => k.id === value);

export const typesOf = (kinds: readonly ChangeKind[]): string[] =>
  CHANGE_KINDS.filter((k) => kinds.includes(k.id)).flatMap((k) => k.types);
