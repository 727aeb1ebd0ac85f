import { commentsView } from '../db/schema';
import { defineReadModel, table, taskIdOf } from './define';

/** The comments of each task, in the order they were written. */
export const comments = defineReadModel({
  name: 'comments',
  maintained: 'inline',
  tables: { comments: table(commentsView, 'id') },
  handles: ['CommentAdded', 'CommentEdited', 'CommentDeleted', 'CommentRestored'],
  apply(event) {
    if (event.type === 'CommentDeleted' || event.type === 'CommentRestored') {
      const deleted = event.type === 'CommentDeleted';
      return [{ update: 'comments', key: { id: event.data.commentId }, set: { deleted } }];
    }
    if (event.type === 'CommentEdited')
      return [
        {
          update: 'comments',
          key: { id: event.data.commentId },
          set: { body: event.data.body, editedAt: event.recordedAt },
        },
      ];
    return [
      {
        insert: 'comments',
        row: {
          id: event.data.commentId,
          taskId: taskIdOf(event) ?? '',
          projectId: event.projectId,
          authorId: event.data.authorId,
          body: event.data.body,
          createdAt: event.recordedAt,
          editedAt: null,
          deleted: false,
        },
      },
    ];
  },
});
