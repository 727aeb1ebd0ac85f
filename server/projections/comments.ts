import type { StoredEvent } from '../event-store/types';
import type { RowStore } from './row-store';

/** The comments of each task, in the order they were written. */
export async function projectComments(event: StoredEvent, rows: RowStore): Promise<void> {
  if (event.type === 'CommentAdded') {
    await rows.insert('comments', {
      id: event.data.commentId,
      taskId: event.streamId.slice('task-'.length),
      projectId: event.projectId,
      authorId: event.data.authorId,
      body: event.data.body,
      createdAt: event.recordedAt,
      editedAt: null,
    });
  } else if (event.type === 'CommentEdited') {
    await rows.update('comments', event.data.commentId, { body: event.data.body, editedAt: event.recordedAt });
  }
}
