import type { ProjectCommand } from '../project/commands';
import type { ExistingTask } from '../task/state';
import type { Board, Step } from './board';

type Removal = Extract<ProjectCommand, { type: 'RemoveStatus' }> & { readonly moveTasksTo: string };

/**
 * A status removed with its tasks, as one act: each live task in it moves to the end of `moveTasksTo`'s column, in
 * the order they stood, then the status goes. The removal is decided on the board the moves left, so a task the act
 * does not hold (one moved in meanwhile) still refuses all of it. `ranksAtEnd(n)` gives n ranks after the target's
 * last task, in order: a decider invents no ranks.
 */
export function planStatusRemoval(
  board: Board,
  removal: Removal,
  ranksAtEnd: (n: number) => readonly string[],
): Step[] {
  const moving = tasksIn(board, removal.statusId);
  const ranks = moving.length === 0 ? [] : ranksAtEnd(moving.length);
  const moves = moving.map((task, i): Step => ({
    taskId: task.id,
    command: { type: 'MoveTask', taskId: task.id, toStatusId: removal.moveTasksTo, rank: ranks[i] ?? '' },
  }));
  return [...moves, { command: removal }];
}

/** The live tasks of the board in a status, in the column's order (rank, then number, as the board shows it). */
function tasksIn(board: Board, statusId: string): ExistingTask[] {
  return Object.values(board.tasks)
    .filter((t): t is ExistingTask => t.status === 'active' && t.statusId === statusId)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.number - b.number));
}
