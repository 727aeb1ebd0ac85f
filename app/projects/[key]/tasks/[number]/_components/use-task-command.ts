'use client';

import { useMutation, useQueryClient, type MutationFunction, type MutationKey } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';
import { useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { newCommandId } from '../../../../../_lib/command-id';
import type { AppRouter } from '@/server/api/root';
import type { TaskDetails } from '../../../../../_lib/router-types';
import { useLiveProject, type CommandResult } from '../../../_lib/live/live-project';

export interface TaskRef {
  id: string;
  projectId: string;
  key: string;
  number: number;
}

type TaskCommandInput = { taskId: string; commandId: string; expectedVersion?: number };
type Fields<TInput> = Omit<TInput, keyof TaskCommandInput>;

interface CommandOptions<TInput, TOutput> {
  mutationKey?: MutationKey;
  mutationFn?: MutationFunction<TOutput, TInput>;
}

/** Someone else changed the field since the person began: their value, and the task version that showed it. */
export interface Conflict<TInput> {
  theirs: unknown;
  version: number;
  /** What the refused save sent, to send again if the person keeps it. */
  mine: Fields<TInput>;
}

interface FieldOptions<TInput> {
  pinVersion: boolean;
  /** A draft the person is typing: whether it differs from the task, and the task's value it was begun from. */
  draft?: { editing: boolean; shown: unknown };
  /**
   * The field this command sets: its value in the task, and in what a save sends. A refusal then becomes a conflict
   * shown beside the field.
   */
  field?: { of: (task: TaskDetails['task']) => unknown; sent: (fields: Fields<TInput>) => unknown };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isConflict = (error: unknown) => isTRPCClientError<AppRouter>(error) && error.data?.code === 'CONFLICT';

/**
 * A command on the open task. With `pinVersion` it carries the task version this page shows, so an edit made on a
 * stale page is refused with CONFLICT instead of silently undoing someone else's change. One task's commands go out
 * one after another (a mutation scope) and each waits for the page to be read again, so the next one carries the
 * version its predecessor produced rather than conflicting with it.
 *
 * Live updates keep the page current, but not a draft the user is typing: a field with a `draft` says what it showed,
 * and if someone else changes that value meanwhile, the save carries the version the draft began from, and is refused.
 *
 * With `field`, a refusal is looked at once the task is read again: if someone changed another field, this one is
 * sent again on the new version (nothing of theirs is lost); if they changed this one, `conflict` holds their value
 * until the person keeps theirs (sent on the version that showed them the other), takes the other, or saves an edit.
 * Every save sent while a conflict is open carries that version, so a further change is refused again, never lost.
 */
export function useTaskCommand<TInput extends TaskCommandInput, TOutput extends CommandResult>(
  options: CommandOptions<TInput, TOutput>,
  task: TaskRef,
  { pinVersion, draft, field }: FieldOptions<TInput>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveProject();
  const { mutationFn } = options;
  const taskKey = trpc.task.getByNumber.queryKey({ key: task.key, number: task.number });
  const [draftStart, setDraftStart] = useState<{ version: number; shown: unknown } | null>(null);
  const [conflict, setConflict] = useState<Conflict<TInput> | null>(null);
  const editing = draft?.editing ?? false;
  const shownTask = () => queryClient.getQueryData(taskKey)?.task;
  const shownVersion = shownTask()?.version;
  if (editing && !draftStart && shownVersion !== undefined)
    setDraftStart({ version: shownVersion, shown: draft?.shown });
  if (!editing && draftStart) setDraftStart(null);
  // A draft given up, or typed back to what the task holds, has nothing left to conflict with.
  if (draft && !editing && conflict) setConflict(null);

  const mutation = useMutation({
    mutationKey: options.mutationKey,
    scope: { id: `task:${task.id}` },
    mutationFn: (input: TInput, context) => {
      if (!mutationFn) throw new Error('A task command needs a procedure to call');
      const version = input.expectedVersion ?? queryClient.getQueryData(taskKey)?.task.version;
      return mutationFn(pinVersion && version !== undefined ? { ...input, expectedVersion: version } : input, context);
    },
    // A refusal may come from the project (archived meanwhile, say), so then all of it is read again, and a draft
    // saved again is based on what the page shows now. The refusal itself shows at once, without waiting for that
    // read, unless it is a conflict on the field: that is judged on what the read brings (in `send`).
    onSettled: (data, error) => {
      if (!error) return live.settled(data);
      const reread = live.refused().then(() => {
        setDraftStart(null);
      });
      if (field && isConflict(error)) return reread;
    },
  });

  const send = (
    fields: Fields<TInput>,
    { commandId, onSuccess, expectedVersion }: { commandId?: string; onSuccess?: () => void; expectedVersion?: number },
  ) => {
    const from = field ? (draftStart?.shown ?? draft?.shown ?? fieldOf(shownTask())) : undefined;
    const input = { ...fields, taskId: task.id, commandId: commandId ?? newCommandId() } as TInput;
    if (expectedVersion !== undefined) input.expectedVersion = expectedVersion;
    mutation.mutate(input, {
      onSuccess,
      onError: (error) => {
        const now = shownTask();
        if (!field || !isConflict(error) || !now) return;
        const theirs = fieldOf(now);
        if (same(theirs, field.sent(fields))) onSuccess?.();
        else if (same(theirs, from) && expectedVersion === undefined)
          send(fields, { onSuccess, expectedVersion: now.version });
        else setConflict({ theirs, version: now.version, mine: fields });
      },
    });
  };
  function fieldOf(shown: TaskDetails['task'] | undefined) {
    return shown && field ? field.of(shown) : undefined;
  }

  return {
    /** A new command id each time, unless the caller passes the id of the action it is retrying. */
    send: (fields: Fields<TInput>, { commandId, onSuccess }: { commandId?: string; onSuccess?: () => void } = {}) => {
      const changedUnderDraft = draftStart !== null && !Object.is(draftStart.shown, draft?.shown);
      const expectedVersion = conflict?.version ?? (changedUnderDraft ? draftStart.version : undefined);
      setConflict(null);
      send(fields, { commandId, onSuccess, expectedVersion });
    },
    isPending: mutation.isPending,
    variables: mutation.variables,
    error: conflict || (field && isConflict(mutation.error)) ? null : mutation.error,
    conflict,
    /** Drops the conflict: the person takes the other value, which the field already shows. */
    takeTheirs: () => {
      setConflict(null);
      mutation.reset();
    },
    reset: mutation.reset,
  };
}
