'use client';

import { useMutation, useQueryClient, type MutationFunction, type MutationKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { newCommandId } from '../../../../../_lib/command-id';
import { useLiveProject, type CommandResult } from '../../../_lib/live/live-project';

export interface TaskRef {
  id: string;
  projectId: string;
  key: string;
  number: number;
}

type TaskCommandInput = { taskId: string; commandId: string; expectedVersion?: number };

interface CommandOptions<TInput, TOutput> {
  mutationKey?: MutationKey;
  mutationFn?: MutationFunction<TOutput, TInput>;
}

/**
 * A command on the open task. With `pinVersion` it carries the task version this page shows, so an edit made on a
 * stale page is refused with CONFLICT instead of silently undoing someone else's change. One task's commands go out
 * one after another (a mutation scope) and each waits for the page to be read again, so the next one carries the
 * version its predecessor produced rather than conflicting with it.
 *
 * Live updates keep the page current, but not a draft the user is typing: a field with a `draft` says what it showed,
 * and if someone else changes that value meanwhile, the save carries the version the draft began from, and is refused.
 */
export function useTaskCommand<TInput extends TaskCommandInput, TOutput extends CommandResult>(
  options: CommandOptions<TInput, TOutput>,
  task: TaskRef,
  { pinVersion, draft }: { pinVersion: boolean; draft?: { editing: boolean; shown: unknown } },
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveProject();
  const { mutationFn } = options;
  const taskKey = trpc.task.getByNumber.queryKey({ key: task.key, number: task.number });
  const [draftStart, setDraftStart] = useState<{ version: number; shown: unknown } | null>(null);
  const editing = draft?.editing ?? false;
  const shownVersion = queryClient.getQueryData(taskKey)?.task.version;
  if (editing && !draftStart && shownVersion !== undefined)
    setDraftStart({ version: shownVersion, shown: draft?.shown });
  if (!editing && draftStart) setDraftStart(null);

  const mutation = useMutation({
    mutationKey: options.mutationKey,
    scope: { id: `task:${task.id}` },
    mutationFn: (input: TInput, context) => {
      if (!mutationFn) throw new Error('A task command needs a procedure to call');
      const version = input.expectedVersion ?? queryClient.getQueryData(taskKey)?.task.version;
      return mutationFn(pinVersion && version !== undefined ? { ...input, expectedVersion: version } : input, context);
    },
    // A refusal may come from the project (archived meanwhile, say), so then all of it is read again, and a draft
    // saved again is based on what the page shows now.
    // The refusal itself shows at once, without waiting for that read.
    onSettled: (data, error) => {
      if (!error) return live.settled(data);
      void live.refused().then(() => {
        setDraftStart(null);
      });
    },
  });

  /** A new command id each time, unless the caller passes the id of the action it is retrying. */
  const send = (
    fields: Omit<TInput, keyof TaskCommandInput>,
    { commandId, onSuccess }: { commandId?: string; onSuccess?: () => void } = {},
  ) => {
    const changedUnderDraft = draftStart !== null && !Object.is(draftStart.shown, draft?.shown);
    const base = changedUnderDraft ? { expectedVersion: draftStart.version } : {};
    mutation.mutate({ ...fields, ...base, taskId: task.id, commandId: commandId ?? newCommandId() } as TInput, {
      onSuccess,
    });
  };
  return {
    send,
    isPending: mutation.isPending,
    variables: mutation.variables,
    error: mutation.error,
    reset: mutation.reset,
  };
}
