import type { Decider } from '../shared/decider';
import type { ProjectCommand } from './commands';
import { decideProject } from './decide';
import type { ProjectEvent } from './events';
import { evolveProject, initialProjectState, type ProjectState } from './state';

export const projectDecider: Decider<ProjectCommand, ProjectState, ProjectEvent> = {
  decide: decideProject,
  evolve: evolveProject,
  initialState: initialProjectState,
};

export * from './commands';
export * from './events';
export * from './invitations';
export * from './members';
export * from './labels';
export * from './named-points';
export * from './rules';
export * from './state';
export { decideProject } from './decide';
