import { decideProject } from '../project/decide';
import { isProjectEvent, type ProjectEvent } from '../project/events';
import { evolveProject, initialProjectState, type ProjectState } from '../project/state';
import type { Decider } from '../shared/decider';
import type { NewTask, TaskCommand } from './commands';
import { decideTask } from './decide';
import type { TaskEvent } from './events';
import { evolveTask, initialTaskState, type TaskState } from './state';

/** A task and the project it belongs to: its rules read the project (its workflow, its members, archived or not). */
export interface TaskInProject {
  readonly project: ProjectState;
  readonly task: TaskState;
}

/** What is decided on a task: any task command; a new task without its number, which the project hands out. */
export type TaskInProjectCommand = Exclude<TaskCommand, { type: 'CreateTask' }> | NewTask;

/**
 * The decision that spans a task's stream and its project's. A task command is decided on the task with its project
 * as it stands (the command handler holds the project's lock, so it stays so until the append); creating a task is one
 * decision over both: the project reserves the next number (its stream records it, so numbers never repeat) and the
 * task is created with it. Each event goes to the stream of its kind.
 */
export const taskInProjectDecider: Decider<TaskInProjectCommand, TaskInProject, ProjectEvent | TaskEvent> = {
  decide(command, { project, task }) {
    if (command.type !== 'CreateTask') return decideTask(command, task, project);
    const reserved = decideProject({ type: 'ReserveTaskNumber', taskId: command.taskId }, project);
    const after = reserved.reduce(evolveProject, project);
    const number = after.status === 'none' ? 0 : after.lastTaskNumber;
    return [...reserved, ...decideTask({ ...command, number }, task, project)];
  },
  evolve: (state, event) =>
    isProjectEvent(event)
      ? { ...state, project: evolveProject(state.project, event) }
      : { ...state, task: evolveTask(state.task, event) },
  initialState: { project: initialProjectState, task: initialTaskState },
};
