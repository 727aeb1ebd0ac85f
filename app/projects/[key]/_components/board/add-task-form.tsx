'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { TITLE_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { useCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Status } from '../../../../_lib/router-types';
import { Alert } from '../../../../_components/ui/alert';
import { useLiveProject } from '../../_lib/live/live-project';

interface AddTaskFormProps {
  projectId: string;
  status: Status;
  /** Told the new task's id, so that its column shows it even when the column is too long to show whole. */
  onAdded: (taskId: string) => void;
}

export function AddTaskForm({ projectId, status, onAdded }: AddTaskFormProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const id = useId();
  const [title, setTitle] = useState('');
  const [commandId, renewCommandId] = useCommandId();
  const create = useMutation(
    trpc.task.create.mutationOptions({
      onSuccess: async (result) => {
        onAdded(result.taskId);
        await live.settled(result);
        setTitle('');
        renewCommandId();
      },
      // The refusal shows at once; the fresh read follows (and may itself wait, with the database out of reach).
      onError: () => {
        void live.refused();
      },
    }),
  );

  return (
    <form
      className="mt-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (create.isPending || !title.trim()) return;
        create.mutate({ projectId, statusId: status.id, title, commandId });
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
            renewCommandId();
          }}
          placeholder="Add task…"
          enterKeyHint="done"
          autoComplete="off"
          className="min-h-10 w-full min-w-0 rounded-md border border-transparent bg-transparent px-2.5 text-sm placeholder:text-stone-500 hover:bg-white focus:border-stone-300 focus:bg-white"
        />
        {title.trim() && (
          <button
            type="submit"
            disabled={create.isPending}
            aria-label={`Add task to ${status.name}`}
            className="min-h-10 shrink-0 rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
          >
            {create.isPending ? 'Adding…' : 'Add'}
          </button>
        )}
      </div>
      {create.error && <Alert className="mt-1.5">{errorMessage(create.error)}</Alert>}
    </form>
  );
}
