import { isProjectEvent } from '../project/events';
import type { ProjectCommand } from '../project/commands';
import { projectDecider } from '../project';
import type { ProjectState } from '../project/state';
import { taskInProjectDecider, type TaskInProjectCommand } from '../task/in-project';
import { evolveTask, initialTaskState, type TaskState } from '../task/state';
import type { DomainEvent } from '../index';

/**
 * A project and the tasks an act on its history touches, by task id: what undo, restore and fork decide on. An act
 * is many commands over many streams taken as one, so its state is the states of all the streams it may write.
 */
export interface Board {
  readonly project: ProjectState;
  readonly tasks: Readonly<Record<string, TaskState>>;
}

/** One command of an act, for the project's stream or for one task's (with its project, as every task command). */
export type Step =
  | { readonly taskId?: undefined; readonly command: ProjectCommand }
  | { readonly taskId: string; readonly command: TaskInProjectCommand };

/** An event of an act, with the task whose stream it goes to (null for the project's). */
export interface BoardEvent {
  readonly taskId: string | null;
  readonly event: DomainEvent;
}

export const taskOf = (board: Board, taskId: string): TaskState => board.tasks[taskId] ?? initialTaskState;

export function evolveBoard(board: Board, { taskId, event }: BoardEvent): Board {
  if (isProjectEvent(event)) return { ...board, project: projectDecider.evolve(board.project, event) };
  if (taskId === null) return board;
  return { ...board, tasks: { ...board.tasks, [taskId]: evolveTask(taskOf(board, taskId), event) } };
}

/**
 * Decides the steps one after the other, each by its own decider on the state the steps before it left: every rule
 * holds for each, as if a person had sent them in a row, and the first refusal refuses the whole act. A status's
 * tasks are counted when its removal is decided, on the board as the steps before left it, plus `tasksElsewhere`:
 * the live tasks in it that the board does not hold (the caller counts them under the project's lock); a restore's
 * mark counts the changes decided before it.
 */
export function decideSteps(
  steps: readonly Step[],
  board: Board,
  tasksElsewhere: (statusId: string) => number = () => 0,
): { events: BoardEvent[]; board: Board } {
  const events: BoardEvent[] = [];
  let state = board;
  for (const step of steps) {
    const command = withCounts(step.command, state, events.length, tasksElsewhere);
    const decided: BoardEvent[] =
      step.taskId === undefined
        ? projectDecider.decide(command as ProjectCommand, state.project).map((event) => ({ taskId: null, event }))
        : taskInProjectDecider
            .decide(step.command, { project: state.project, task: taskOf(state, step.taskId) })
            .map((event) => ({ taskId: isProjectEvent(event) ? null : step.taskId, event }));
    for (const event of decided) {
      events.push(event);
      state = evolveBoard(state, event);
    }
  }
  return { events, board: state };
}

/** The counts a step is decided with, taken from the act as decided so far. */
function withCounts(
  command: Step['command'],
  board: Board,
  eventsSoFar: number,
  tasksElsewhere: (statusId: string) => number,
): Step['command'] {
  if (command.type === 'RemoveStatus') {
    return { ...command, tasksInStatus: tasksElsewhere(command.statusId) + liveIn(board, command.statusId) };
  }
  if (command.type === 'MarkRestored') return { ...command, changes: eventsSoFar };
  return command;
}

/** The live tasks of the board in a status. */
export const liveIn = (board: Board, statusId: string) =>
  Object.values(board.tasks).filter((t) => t.status === 'active' && t.statusId === statusId).length;
