'use client';

import type { Comment } from '../../../../../_lib/router-types';
import { useMe } from '../../../../../_lib/use-me';
import { AddCommentForm } from './add-comment-form';
import { CommentItem } from './comment-item';
import type { TaskRef } from './use-task-command';

export function Comments({
  task,
  comments,
  readOnly,
  moderates,
}: {
  task: TaskRef;
  comments: readonly Comment[];
  readOnly: boolean;
  /** Whether the reader may delete anyone's comment (an owner). */
  moderates: boolean;
}) {
  const me = useMe();
  const live = comments.filter((c) => !c.deleted).length;
  return (
    <section aria-labelledby="comments-heading" className="lg:mt-2">
      <h2 id="comments-heading" className="text-base font-semibold">
        Comments <span className="font-normal text-stone-500">({live})</span>
      </h2>
      {comments.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">No comments yet.</p>
      ) : (
        <ol className="mt-3 space-y-3" aria-label="Comments">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              task={task}
              comment={comment}
              editable={!readOnly && me?.id === comment.authorId}
              deletable={!readOnly && (me?.id === comment.authorId || moderates)}
            />
          ))}
        </ol>
      )}
      {!readOnly && <AddCommentForm task={task} />}
    </section>
  );
}
