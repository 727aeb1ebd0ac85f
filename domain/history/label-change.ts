import type { ProjectCommand } from '../project/commands';
import { normaliseLabel } from '../task/rules';
import type { ActiveTask } from '../task/state';
import type { Board, Step } from './board';

type LabelChange = Extract<ProjectCommand, { type: 'RenameLabel' | 'DeleteLabel' }>;

/**
 * A label renamed or deleted on the list, and on every live task of the board that carries it, as one act: the
 * list's change first (so that its refusals come first), then each task's TaskLabeled. A renamed label takes the
 * last place among a task's labels; a deleted one leaves the tasks, so that it does not come back as a label of that
 * name in the default colour.
 */
export function planLabelChange(board: Board, command: LabelChange): Step[] {
  const label = board.project.status === 'none' ? undefined : board.project.labels[command.labelId];
  if (!label) return [{ command }];
  const to = command.type === 'RenameLabel' ? normaliseLabel(command.name) : null;
  if (to === label.name) return [{ command }];
  const carrying = Object.values(board.tasks).filter(
    (t): t is ActiveTask => t.status === 'active' && t.labels.includes(label.name),
  );
  return [
    { command },
    ...carrying.map((task): Step => ({
      taskId: task.id,
      command: { type: 'LabelTask', taskId: task.id, add: to === null ? [] : [to], remove: [label.name] },
    })),
  ];
}
