import { notFound } from '@/domain';
import type { Executor } from '../db/types';
import { foldTask, readTaskStream } from './task-stream';

/**
 * The words one event of a task wrote, with those they replaced: its description when created or described, a
 * comment when written or edited. Only the task's own stream is read, up to that event.
 */
export async function taskTextChange(db: Executor, taskId: string, position: number) {
  const events = await readTaskStream(db, taskId, position);
  const event = events.at(-1);
  if (event?.position !== position) throw notFound(`No event of this task at position ${position}`);
  const before = foldTask(events.slice(0, -1));
  switch (event.type) {
    case 'TaskCreated':
      return { kind: 'description' as const, before: '', after: event.data.description };
    case 'TaskDescribed':
      return {
        kind: 'description' as const,
        before: before.status === 'none' ? '' : before.description,
        after: event.data.description,
      };
    case 'CommentAdded':
      return { kind: 'comment' as const, authorId: event.data.authorId, before: '', after: event.data.body };
    case 'CommentEdited': {
      const comment = before.status === 'none' ? undefined : before.comments[event.data.commentId];
      return {
        kind: 'comment' as const,
        authorId: comment?.authorId ?? null,
        before: comment?.body ?? '',
        after: event.data.body,
      };
    }
    default:
      throw notFound(`The event at position ${position} changed no text of this task`);
  }
}
