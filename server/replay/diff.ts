import type { ReadRows } from '../read-models';

/** One project's board-side read model at some point: what a diff compares. */
export interface ProjectSnapshot {
  readonly project: ReadRows['projects'] | undefined;
  readonly tasks: readonly ReadRows['tasks'][];
  readonly comments: readonly ReadRows['comments'][];
}

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A comment whose words changed between the two points (one written in between has no earlier words to compare). */
export interface CommentEdit {
  readonly commentId: string;
  readonly authorId: string;
  readonly before: string;
  readonly after: string;
}

export interface TaskDiff {
  readonly taskId: string;
  readonly ref: string;
  readonly title: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly fields: readonly FieldChange[];
  readonly comments: readonly CommentEdit[];
}

export interface ProjectDiff {
  readonly project: readonly FieldChange[];
  readonly tasks: readonly TaskDiff[];
}

const TASK_FIELDS = ['title', 'description', 'assigneeId', 'priority', 'dueOn'] as const;

/**
 * What changed between two points of one project, field by field, in the terms of the board: tasks added and removed,
 * moved (status, or place in a column), renamed, reassigned, re-prioritised, rescheduled, relabelled, commented
 * (how many comments, and the words of those edited).
 */
export function diffSnapshots(before: ProjectSnapshot, after: ProjectSnapshot): ProjectDiff {
  const statusName = (id: string) =>
    after.project?.statuses.find((s) => s.id === id)?.name ??
    before.project?.statuses.find((s) => s.id === id)?.name ??
    'a removed status';
  const key = after.project?.key ?? before.project?.key ?? '';
  const earlier = new Map(before.tasks.filter((t) => !t.deleted).map((t) => [t.id, t]));
  const later = new Map(after.tasks.filter((t) => !t.deleted).map((t) => [t.id, t]));
  const edits = commentEdits(before.comments, after.comments);
  const tasks: TaskDiff[] = [];

  for (const task of later.values()) {
    const old = earlier.get(task.id);
    const ref = { taskId: task.id, ref: `${key}-${task.number}`, title: task.title };
    if (!old) {
      tasks.push({
        ...ref,
        change: 'added',
        fields: [{ field: 'status', before: null, after: statusName(task.statusId) }],
        comments: [],
      });
      continue;
    }
    const fields: FieldChange[] = [];
    if (old.statusId !== task.statusId) {
      fields.push({ field: 'status', before: statusName(old.statusId), after: statusName(task.statusId) });
    } else if (old.rank !== task.rank) {
      fields.push({ field: 'place', before: old.rank, after: task.rank });
    }
    for (const field of TASK_FIELDS) {
      if (old[field] !== task[field]) fields.push({ field, before: old[field], after: task[field] });
    }
    if (old.labels.join() !== task.labels.join())
      fields.push({ field: 'labels', before: old.labels, after: task.labels });
    if (old.commentCount !== task.commentCount) {
      fields.push({ field: 'comments', before: old.commentCount, after: task.commentCount });
    }
    const comments = edits.get(task.id) ?? [];
    if (fields.length > 0 || comments.length > 0) tasks.push({ ...ref, change: 'changed', fields, comments });
  }
  for (const old of earlier.values()) {
    if (!later.has(old.id))
      tasks.push({
        taskId: old.id,
        ref: `${key}-${old.number}`,
        title: old.title,
        change: 'removed',
        fields: [],
        comments: [],
      });
  }

  return {
    project: projectChanges(before.project, after.project),
    tasks: tasks.sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })),
  };
}

/** The comments present at both points whose body differs, by task. */
function commentEdits(before: ProjectSnapshot['comments'], after: ProjectSnapshot['comments']) {
  const earlier = new Map(before.map((c) => [c.id, c]));
  const edits = new Map<string, CommentEdit[]>();
  for (const comment of [...after].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const old = earlier.get(comment.id);
    if (!old || old.body === comment.body) continue;
    const edit = { commentId: comment.id, authorId: comment.authorId, before: old.body, after: comment.body };
    edits.set(comment.taskId, [...(edits.get(comment.taskId) ?? []), edit]);
  }
  return edits;
}

function projectChanges(before: ProjectSnapshot['project'], after: ProjectSnapshot['project']): FieldChange[] {
  if (!after) return [];
  if (!before) return [{ field: 'created', before: null, after: after.name }];
  const changes: FieldChange[] = [];
  if (before.name !== after.name) changes.push({ field: 'name', before: before.name, after: after.name });
  if (before.archived !== after.archived)
    changes.push({ field: 'archived', before: before.archived, after: after.archived });
  const names = (p: NonNullable<ProjectSnapshot['project']>) => p.statuses.map((s) => s.name);
  if (names(before).join('\u0000') !== names(after).join('\u0000')) {
    changes.push({ field: 'workflow', before: names(before), after: names(after) });
  }
  return changes;
}
