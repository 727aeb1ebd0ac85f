'use client';

import { useId, useRef, useState } from 'react';
import { TITLE_MAX } from '@/domain/vocabulary';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Status } from '../../../../_lib/router-types';
import { Alert } from '../../../../_components/ui/alert';
import { pendingIdOf, useAddTask } from './use-add-task';

interface AddTaskFormProps {
  projectId: string;
  status: Status;
  /** Told the new task's id, so that its column shows it even when the column is too long to show whole. */
  onAdded: (taskId: string) => void;
}

/**
 * The card shows as soon as the title is sent and the field is free for the next one; a refusal takes the card
 * away, says why, and gives the title back to the field if nothing new was typed there meanwhile.
 */
export function AddTaskForm({ projectId, status, onAdded }: AddTaskFormProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useAddTask(projectId);
  // A title sent again after a failure (a lost answer, say) is the same action: it keeps its command id, so the
  // server adds the task at most once.
  const failed = useRef<{ title: string; commandId: string } | null>(null);

  return (
    <form
      className="mt-2"
      data-add-task
      onSubmit={(event) => {
        event.preventDefault();
        const sent = title.trim() ? title : '';
        if (!sent) return;
        const commandId = failed.current?.title === sent ? failed.current.commandId : newCommandId();
        failed.current = null;
        setTitle('');
        setError(null);
        onAdded(pendingIdOf(commandId));
        // One promise per task sent: several can be on their way at once.
        create.mutateAsync({ projectId, statusId: status.id, title: sent, commandId }).then(
          (result) => {
            onAdded(result.taskId);
          },
          (refusal: unknown) => {
            failed.current = { title: sent, commandId };
            setError(`Could not add “${sent}”: ${errorMessage(refusal)}`);
            setTitle((typed) => (typed === '' ? sent : typed));
          },
        );
      }}
    >
      <label htmlFor={id} className="sr-only">
        New task in {status.name}
      </label>
      <div className="flex gap-1.5">
        <input
          id={id}
          value={title}
          maxLength={TITLE_MAX}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
          placeholder="Add task…"
          enterKeyHint="done"
          autoComplete="off"
          className="min-h-10 w-full min-w-0 rounded-md border border-transparent bg-transparent px-2.5 text-sm placeholder:text-stone-500 hover:bg-white focus:border-stone-300 focus:bg-white"
        />
        {title.trim() && (
          <button
            type="submit"
            aria-label={`Add task to ${status.name}`}
            className="min-h-10 shrink-0 rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
          >
            Add
          </button>
        )}
      </div>
      {error && <Alert className="mt-1.5">{error}</Alert>}
    </form>
  );
}
