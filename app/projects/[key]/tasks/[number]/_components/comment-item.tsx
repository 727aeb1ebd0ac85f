'use client';

import { useId, useState } from 'react';
import { COMMENT_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { exactTime } from '../../../../../_lib/format';
import type { Comment } from '../../../../../_lib/router-types';
import { useNow } from '../../../../../_lib/use-now';
import { Alert } from '../../../../../_components/ui/alert';
import { Avatar } from '../../../../../_components/ui/avatar';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { RelativeTime } from '../../../../../_components/ui/relative-time';
import { RichText } from '../../../../../_components/rich-text/rich-text';
import { useMembers } from '../../../_lib/use-members';
import { useTaskCommand, type TaskRef } from './use-task-command';
import { SaveCancel } from './save-cancel';

/** The body of a comment whose author was forgotten: their key is gone, and with it the text. */
const REMOVED_TEXT = '';

interface CommentItemProps {
  task: TaskRef;
  comment: Comment;
  editable: boolean;
  deletable: boolean;
}

export function CommentItem({ task, comment, editable, deletable }: CommentItemProps) {
  const trpc = useTRPC();
  const people = useMembers(task.projectId);
  const now = useNow();
  const id = useId();
  const edit = useTaskCommand(trpc.task.editComment.mutationOptions(), task, { pinVersion: false });
  const remove = useTaskCommand(trpc.task.deleteComment.mutationOptions(), task, { pinVersion: false });
  const [draft, setDraft] = useState<string | null>(null);
  const author = people.nameOf(comment.authorId);

  if (comment.deleted) {
    return (
      <li className="rounded-lg border border-dashed border-stone-200 px-3 py-2 text-sm text-stone-500 italic sm:px-4">
        Comment deleted
      </li>
    );
  }
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
      <article aria-label={`Comment by ${author}`}>
        <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <Avatar name={author} small />
          <span className="font-medium text-stone-900">{author}</span>
          <RelativeTime date={comment.createdAt} className="text-stone-500" />
          {comment.editedAt && (
            <span
              className="text-xs text-stone-500"
              title={now === null ? undefined : `Edited ${exactTime(comment.editedAt)}`}
            >
              (edited)
            </span>
          )}
          {editable && draft === null && (
            <button
              type="button"
              onClick={() => {
                setDraft(comment.body);
              }}
              className={`ml-auto ${buttonStyles.ghost} min-h-8 px-2`}
              aria-label="Edit comment"
            >
              Edit
            </button>
          )}
          {deletable && draft === null && (
            <button
              type="button"
              disabled={remove.isPending}
              onClick={() => {
                remove.send({ commentId: comment.id });
              }}
              className={`${editable ? '' : 'ml-auto'} ${buttonStyles.ghost} min-h-8 px-2`}
              aria-label="Delete comment"
            >
              Delete
            </button>
          )}
        </header>
        {comment.body === REMOVED_TEXT ? (
          <p className="mt-2 text-sm text-stone-500 italic">comment removed</p>
        ) : draft === null ? (
          <RichText text={comment.body} className="mt-2" />
        ) : (
          <form
            className="mt-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (draft === comment.body) {
                setDraft(null);
                return;
              }
              edit.send(
                { commentId: comment.id, body: draft },
                {
                  onSuccess: () => {
                    setDraft(null);
                  },
                },
              );
            }}
          >
            <label htmlFor={id} className="sr-only">
              Edit comment
            </label>
            <textarea
              id={id}
              value={draft}
              maxLength={COMMENT_MAX}
              autoFocus
              onChange={(event) => {
                setDraft(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
                  event.currentTarget.form?.requestSubmit();
                if (event.key === 'Escape') setDraft(null);
              }}
              className="field-sizing-content min-h-20 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
            />
            <SaveCancel
              label="Save comment"
              disabled={edit.isPending || !draft.trim()}
              onCancel={() => {
                setDraft(null);
              }}
            />
          </form>
        )}
        {edit.error && <Alert className="mt-2">{errorMessage(edit.error)}</Alert>}
        {remove.error && <Alert className="mt-2">{errorMessage(remove.error)}</Alert>}
      </article>
    </li>
  );
}
