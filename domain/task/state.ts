import { assertNever } from '../shared/decider';
import type { Priority, TaskEvent } from './events';

export interface TaskComment {
  readonly authorId: string;
  readonly body: string;
  readonly deleted: boolean;
}

export type TaskState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'deleted';
      readonly id: string;
      readonly projectId: string;
      readonly number: number;
      readonly title: string;
      readonly description: string;
      readonly statusId: string;
      readonly rank: string;
      readonly priority: Priority;
      readonly assigneeId: string | null;
      readonly dueOn: string | null;
      readonly labels: readonly string[];
      readonly comments: Readonly<Record<string, TaskComment>>;
    };

export type ExistingTask = Exclude<TaskState, { status: 'none' }>;
export type ActiveTask = ExistingTask & { readonly status: 'active' };
export const isActiveTask = (task: TaskState): task is ActiveTask => task.status === 'active';

export const initialTaskState: TaskState = { status: 'none' };

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskCreated') {
    const { taskId, ...fields } = event.data;
    return { status: 'active', id: taskId, ...fields, dueOn: null, labels: [], comments: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'TaskRenamed':
      return { ...state, title: event.data.title };
    case 'TaskDescribed':
      return { ...state, description: event.data.description };
    case 'TaskMoved':
      return { ...state, statusId: event.data.toStatusId, rank: event.data.rank };
    case 'TaskAssigned':
      return { ...state, assigneeId: event.data.assigneeId };
    case 'TaskUnassigned':
      return { ...state, assigneeId: null };
    case 'TaskPrioritized':
      return { ...state, priority: event.data.priority };
    case 'TaskScheduled':
      return { ...state, dueOn: event.data.dueOn };
    case 'TaskUnscheduled':
      return { ...state, dueOn: null };
    case 'TaskLabeled':
      return { ...state, labels: applyLabels(state.labels, event.data.added, event.data.removed) };
    case 'CommentAdded':
      return {
        ...state,
        comments: {
          ...state.comments,
          [event.data.commentId]: { authorId: event.data.authorId, body: event.data.body, deleted: false },
        },
      };
    case 'CommentEdited': {
      const comment = state.comments[event.data.commentId];
      if (!comment) return state;
      return {
        ...state,
        comments: { ...state.comments, [event.data.commentId]: { ...comment, body: event.data.body } },
      };
    }
    case 'CommentDeleted':
    case 'CommentRestored': {
      const comment = state.comments[event.data.commentId];
      if (!comment) return state;
      const deleted = event.type === 'CommentDeleted';
      return { ...state, comments: { ...state.comments, [event.data.commentId]: { ...comment, deleted } } };
    }
    case 'TaskDeleted':
      return { ...state, status: 'deleted' };
    case 'TaskRestored':
      return { ...state, status: 'active' };
    default:
      return assertNever(event);
  }
}

export function applyLabels(labels: readonly string[], added: readonly string[], removed: readonly string[]): string[] {
  return [...labels.filter((l) => !removed.includes(l)), ...added.filter((l) => !labels.includes(l))];
}
