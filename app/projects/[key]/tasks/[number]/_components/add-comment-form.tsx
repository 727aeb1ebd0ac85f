'use client';

import { useId, useState } from 'react';
import { COMMENT_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { useCommandId } from '../../../../../_lib/command-id';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles, labelStyles } from '../../../../../_components/ui/styles';
import { MentionTextarea } from '../../../_components/mentions/mention-textarea';
import { useTaskCommand, type TaskRef } from './use-task-command';

export function AddCommentForm({ task }: { task: TaskRef }) {
  const trpc = useTRPC();
  const id = useId();
  // A comment does not depend on the rest of the task, so it is not refused when someone else edited the task.
  const comment = useTaskCommand(trpc.task.comment.mutationOptions(), task, { pinVersion: false });
  const [body, setBody] = useState('');
  const [commandId, renewCommandId] = useCommandId();

  return (
    <form
      className="mt-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() && !comment.isPending)
          comment.send(
            { body },
            {
              commandId,
              onSuccess: () => {
                setBody('');
                renewCommandId();
              },
            },
          );
      }}
    >
      <label htmlFor={id} className={labelStyles}>
        Add a comment
      </label>
      <MentionTextarea
        projectId={task.projectId}
        id={id}
        value={body}
        maxLength={COMMENT_MAX}
        onChange={(event) => {
          setBody(event.target.value);
          renewCommandId();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
        }}
        placeholder="Write a comment…"
        className="mt-1 field-sizing-content min-h-20 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm placeholder:text-stone-400"
      />
      <div className="mt-2 flex items-center justify-end gap-3">
        <span className="hidden text-xs text-stone-500 sm:inline">Ctrl+Enter to send</span>
        <button type="submit" disabled={comment.isPending || !body.trim()} className={buttonStyles.primary}>
          {comment.isPending ? 'Sending…' : 'Comment'}
        </button>
      </div>
      {comment.error && <Alert className="mt-2">{errorMessage(comment.error)}</Alert>}
    </form>
  );
}
