import { projectDecider, type ProjectEvent } from '../project';
import { fold } from '../shared/decider';
import type { Board } from './board';

/** The project the specs of acts start from: WEB, with three statuses, Ann its owner and Bob a member. */
export const statuses = [
  { id: 's-todo', name: 'Todo', category: 'unstarted' as const },
  { id: 's-doing', name: 'Doing', category: 'started' as const },
  { id: 's-done', name: 'Done', category: 'completed' as const },
];
const projectHistory: ProjectEvent[] = [
  { type: 'ProjectCreated', data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses } },
  { type: 'MemberAdded', data: { userId: 'u-ann', role: 'owner' } },
  { type: 'MemberAdded', data: { userId: 'u-bob', role: 'member' } },
];
export const empty: Board = { project: fold(projectDecider, projectHistory), tasks: {} };
