import { PRIORITIES, type Priority } from '@/domain/vocabulary';
import { longDay } from '../../../../_lib/format';
import type { FieldChange, ProjectDiff, TaskDiff } from '../../../../_lib/router-types';
import { PRIORITY_LABELS } from '../../../../_components/ui/priority-badge';

type NameOf = (personId: string) => string;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const count = (value: unknown) => (typeof value === 'number' ? value : 0);
const quoted = (value: unknown) => `“${text(value) ?? ''}”`;
const quotedList = (items: readonly string[]) => items.map((i) => `“${i}”`).join(', ');
const isPriority = (value: unknown): value is Priority => PRIORITIES.includes(value as Priority);
const priority = (value: unknown) => (isPriority(value) ? PRIORITY_LABELS[value] : (text(value) ?? 'none'));
const day = (value: unknown) => (text(value) ? longDay(text(value) ?? '') : null);

function priorityText(before: unknown, after: unknown) {
  if (!before || before === 'none') return `priority set to ${priority(after)}`;
  if (!after || after === 'none') return `priority removed (was ${priority(before)})`;
  return `re-prioritised from ${priority(before)} to ${priority(after)}`;
}

function labelsText(before: unknown, after: unknown) {
  const [was, now] = [texts(before), texts(after)];
  const added = now.filter((l) => !was.includes(l));
  const removed = was.filter((l) => !now.includes(l));
  return [
    added.length > 0 && `labeled ${quotedList(added)}`,
    removed.length > 0 && `${removed.length > 1 ? 'labels' : 'label'} ${quotedList(removed)} removed`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** One field of a task, as it was and as it became, in words. */
export function taskFieldText({ field, before, after }: FieldChange, nameOf: NameOf): string {
  switch (field) {
    case 'status':
      return before === null ? `added in ${text(after)}` : `moved from ${text(before)} to ${text(after)}`;
    case 'place':
      return 'moved to another place in its column';
    case 'title':
      return `renamed from ${quoted(before)} to ${quoted(after)}`;
    case 'description':
      if (!text(after)) return 'description removed';
      return text(before) ? 'description rewritten' : 'description written';
    case 'assigneeId': {
      const [was, now] = [text(before), text(after)];
      if (!was) return `assigned to ${nameOf(now ?? '')}`;
      if (!now) return `unassigned from ${nameOf(was)}`;
      return `reassigned from ${nameOf(was)} to ${nameOf(now)}`;
    }
    case 'priority':
      return priorityText(before, after);
    case 'dueOn': {
      const [was, now] = [day(before), day(after)];
      if (!was) return `due date set to ${now}`;
      if (!now) return `due date removed (was ${was})`;
      return `due date moved from ${was} to ${now}`;
    }
    case 'labels':
      return labelsText(before, after);
    case 'comments': {
      const added = count(after) - count(before);
      return added > 0
        ? `${added} new ${added === 1 ? 'comment' : 'comments'}`
        : `comments: ${count(before)} → ${count(after)}`;
    }
    default:
      return `${field} changed`;
  }
}

/** A change to the project itself (its name, archived flag or workflow), in words. */
export function projectFieldText({ field, before, after }: FieldChange): string {
  switch (field) {
    case 'created':
      return `The project was created as ${quoted(after)}.`;
    case 'name':
      return `The project was renamed from ${quoted(before)} to ${quoted(after)}.`;
    case 'archived':
      return after === true ? 'The project was archived.' : 'The project was restored.';
    case 'workflow': {
      const [was, now] = [texts(before), texts(after)];
      const added = now.filter((s) => !was.includes(s));
      const removed = was.filter((s) => !now.includes(s));
      const parts = [
        added.length > 0 && `${added.length > 1 ? 'statuses' : 'status'} ${quotedList(added)} added`,
        removed.length > 0 && `${removed.length > 1 ? 'statuses' : 'status'} ${quotedList(removed)} removed`,
      ].filter(Boolean);
      return parts.length > 0
        ? `Workflow: ${parts.join('; ')}. The columns are now ${quotedList(now)}.`
        : `Workflow: the columns were reordered to ${quotedList(now)}.`;
    }
    default:
      return `The project’s ${field} changed.`;
  }
}

const KINDS = [
  { label: 'added', test: (t: TaskDiff) => t.change === 'added' },
  { label: 'removed', test: (t: TaskDiff) => t.change === 'removed' },
  ...(
    [
      ['moved', 'status'],
      ['reordered', 'place'],
      ['renamed', 'title'],
      ['described', 'description'],
      ['reassigned', 'assigneeId'],
      ['re-prioritised', 'priority'],
      ['rescheduled', 'dueOn'],
      ['relabelled', 'labels'],
      ['commented', 'comments'],
    ] as const
  ).map(([label, field]) => ({
    label,
    test: (t: TaskDiff) => t.change === 'changed' && t.fields.some((f) => f.field === field),
  })),
];

/** How many tasks each kind of change touched: "3 added, 5 moved, 2 commented". */
export function diffSummary(diff: ProjectDiff): string {
  const parts = KINDS.map(({ label, test }) => [label, diff.tasks.filter(test).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  const tasks = `${diff.tasks.length} ${diff.tasks.length === 1 ? 'task' : 'tasks'} changed`;
  return parts.length > 0 ? `${tasks}: ${parts.join(', ')}.` : `${tasks}.`;
}
