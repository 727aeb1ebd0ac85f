import { z } from 'zod';
import { id } from '../shared/schema';
import { invalid } from '../shared/errors';
import { AssignTask, LabelTask, MoveTask, PrioritizeTask } from '../task/commands';
import { taskOf, type Board, type Step } from './board';

/** The most tasks one bulk change takes: a board's screenful of selections, with room to spare. */
export const BULK_TASKS_MAX = 200;

/** What a bulk change does to each of its tasks; the fields are those of the one-task commands. */
export const BulkChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('move'), toStatusId: MoveTask.shape.toStatusId }),
  z.strictObject({ kind: z.literal('assign'), assigneeId: AssignTask.shape.assigneeId }),
  z.strictObject({ kind: z.literal('prioritize'), priority: PrioritizeTask.shape.priority }),
  z.strictObject({ kind: z.literal('label'), add: LabelTask.shape.add, remove: LabelTask.shape.remove }),
  z.strictObject({ kind: z.literal('delete') }),
]);
export type BulkChange = z.output<typeof BulkChange>;

export const BulkTaskIds = z.array(id).min(1).max(BULK_TASKS_MAX);

/**
 * The steps of one change to many tasks, one task command each, decided in a row as ONE act (one append, one undo).
 * A move puts the tasks at the end of their new column in the order given, each with one of `ranks` (read by the
 * caller under the project's lock); a task already in that column stays where it is. Each task's own decider still
 * judges its step: a task of another project, a deleted one, an assignee who is no member refuses the whole change.
 */
export function planBulk(
  board: Board,
  taskIds: readonly string[],
  change: BulkChange,
  ranks: readonly string[] = [],
): Step[] {
  if (new Set(taskIds).size !== taskIds.length) throw invalid('taskIds', 'A task is named twice');
  if (change.kind === 'move') {
    const moving = movingTasks(board, taskIds, change.toStatusId);
    if (ranks.length !== moving.length) throw new Error('A bulk move needs one rank per task it moves');
    return moving.map((taskId, i) => ({
      taskId,
      command: { type: 'MoveTask', taskId, toStatusId: change.toStatusId, rank: ranks[i]! },
    }));
  }
  return taskIds.map((taskId): Step => {
    switch (change.kind) {
      case 'assign':
        return { taskId, command: { type: 'AssignTask', taskId, assigneeId: change.assigneeId } };
      case 'prioritize':
        return { taskId, command: { type: 'PrioritizeTask', taskId, priority: change.priority } };
      case 'label':
        return { taskId, command: { type: 'LabelTask', taskId, add: change.add, remove: change.remove } };
      case 'delete':
        return { taskId, command: { type: 'DeleteTask', taskId } };
      default: {
        const never: never = change;
        throw new Error(`Unknown bulk change ${JSON.stringify(never)}`);
      }
    }
  });
}

/**
 * The tasks a bulk move changes: all but those already in the column. A task that does not exist keeps its step, so
 * that its decider refuses it as not found.
 */
export const movingTasks = (board: Board, taskIds: readonly string[], toStatusId: string) =>
  taskIds.filter((taskId) => {
    const task = taskOf(board, taskId);
    return task.status !== 'active' || task.statusId !== toStatusId;
  });
