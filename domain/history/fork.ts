import { ruleViolated } from '../shared/errors';
import type { TaskInProjectCommand } from '../task/in-project';
import type { ExistingTask } from '../task/state';
import type { Board, Step } from './board';

/** The ids a fork's new streams and records take, by the source's ids: the caller makes them (a decider makes none). */
export interface ForkIds {
  readonly projectId: string;
  readonly statuses: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly tasks: Readonly<Record<string, string>>;
  readonly comments: Readonly<Record<string, string>>;
}

/**
 * A fork starts where its source stood at a point: the same workflow and labels, and the same tasks with their numbers, fields,
 * places and comments, as the commands that build them on a new project, so that the fork's streams are its own from
 * their first event and never share the source's. Only the person forking is a member, so a task stays assigned only
 * to them; a comment keeps its author. Tasks deleted by then are created and deleted again, so that numbers match.
 */
export function planFork(
  source: Board,
  fork: {
    readonly key: string;
    readonly name: string;
    readonly ownerId: string;
    readonly position: number;
    readonly at: string;
  },
  ids: ForkIds,
): Step[] {
  if (source.project.status === 'none') throw ruleViolated('The project did not exist yet at that point');
  const idOf = (map: Readonly<Record<string, string>>, id: string) => {
    const mapped = map[id];
    if (mapped === undefined) throw new Error(`No new id for ${id}`);
    return mapped;
  };
  const projectId = ids.projectId;
  const statuses = source.project.statuses.map((s) => ({ ...s, id: idOf(ids.statuses, s.id) }));
  const labels = Object.entries(source.project.labels).map(([labelId, label]): Step => ({
    command: { type: 'CreateLabel', projectId, labelId: idOf(ids.labels, labelId), ...label },
  }));
  const tasks = Object.values(source.tasks)
    .filter((t): t is ExistingTask => t.status !== 'none')
    .sort((a, b) => a.number - b.number);
  return [
    {
      command: {
        type: 'ForkProject',
        projectId,
        key: fork.key,
        name: fork.name,
        ownerId: fork.ownerId,
        statuses,
        sourceProjectId: source.project.id,
        sourceKey: source.project.key,
        position: fork.position,
        at: fork.at,
      },
    },
    ...labels,
    ...tasks.flatMap((task) => {
      const taskId = idOf(ids.tasks, task.id);
      const step = (command: TaskInProjectCommand): Step => ({ taskId, command });
      // A comment whose text is gone (its author was forgotten: README, "Forgetting a person") is not copied.
      const comments = Object.entries(task.comments).filter(([, comment]) => comment.body !== '');
      return [
        step({
          type: 'CreateTask',
          projectId,
          taskId,
          title: task.title,
          description: task.description,
          // A task deleted while in a status removed since is created in the first one (a restore would put it there).
          statusId: ids.statuses[task.statusId] ?? idOf(ids.statuses, statuses0(source)),
          rank: task.rank,
          priority: task.priority,
          assigneeId: task.assigneeId === fork.ownerId ? fork.ownerId : null,
        }),
        ...(task.dueOn === null ? [] : [step({ type: 'ScheduleTask', taskId, dueOn: task.dueOn })]),
        ...(task.labels.length === 0 ? [] : [step({ type: 'LabelTask', taskId, add: [...task.labels], remove: [] })]),
        ...comments.flatMap(([commentId, comment]) => {
          const newId = idOf(ids.comments, commentId);
          return [
            step({ type: 'CommentOnTask', taskId, commentId: newId, authorId: comment.authorId, body: comment.body }),
            ...(comment.deleted
              ? [step({ type: 'DeleteComment', taskId, commentId: newId, actorId: fork.ownerId, moderator: true })]
              : []),
          ];
        }),
        ...(task.status === 'deleted' ? [step({ type: 'DeleteTask', taskId })] : []),
      ];
    }),
  ];
}

function statuses0(source: Board): string {
  const first = source.project.status === 'none' ? undefined : source.project.statuses[0];
  if (!first) throw ruleViolated('The project had no status at that point');
  return first.id;
}
