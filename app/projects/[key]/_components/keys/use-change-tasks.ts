'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { BulkChange } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';

/**
 * One change to one task or to many, sent as ONE command (`task.bulk`): all of them or none, and one Ctrl+Z undoes
 * it whole. The palette, the pickers and the selection's toolbar all change tasks through it.
 */
export function useChangeTasks(projectId: string) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const mutation = useMutation(
    trpc.task.bulk.mutationOptions({
      onSuccess: (result) => live.settled(result),
      onError: () => live.refused(),
    }),
  );
  return {
    change: (taskIds: readonly string[], change: BulkChange, onDone?: () => void) => {
      mutation.mutate({ projectId, commandId: newCommandId(), taskIds: [...taskIds], change }, { onSuccess: onDone });
    },
    isPending: mutation.isPending,
    error: mutation.error ? errorMessage(mutation.error) : null,
    reset: mutation.reset,
  };
}
