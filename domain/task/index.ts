import type { ProjectState } from '../project/state';
import type { Decider } from '../shared/decider';
import type { TaskCommand } from './commands';
import { decideTask } from './decide';
import type { TaskEvent } from './events';
import { evolveTask, initialTaskState, type TaskState } from './state';

/** The task decider as seen from inside one project: its rules read that project's current state. */
export const taskDeciderIn = (project: ProjectState): Decider<TaskCommand, TaskState, TaskEvent> => ({
  decide: (command, state) => decideTask(command, state, project),
  evolve: evolveTask,
  initialState: initialTaskState,
});

export * from './commands';
export * from './events';
export * from './rules';
export * from './state';
export { decideTask } from './decide';
