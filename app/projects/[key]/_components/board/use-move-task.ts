'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { useInvalidate } from '../../../../_lib/use-invalidate';
import { moveOnBoard } from './board-layout';

/**
 * Moving a card shows at once: the board in the cache is rearranged before the command is sent, and put back if the
 * server refuses it. `onShown` is told when the cache holds the new arrangement, so the drag's own picture can go.
 */
export function useMoveTask(projectId: string, onShown: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const boardKey = trpc.board.get.queryKey({ projectId });
  const [error, setError] = useState<{ taskId: string; message: string } | null>(null);

  const mutation = useMutation(
    trpc.task.move.mutationOptions({
      onMutate: async ({ taskId, toStatusId, index }) => {
        setError(null);
        // A board read already on its way would land after this change and undo it on screen.
        await queryClient.cancelQueries({ queryKey: boardKey });
        const previous = queryClient.getQueryData(boardKey);
        if (previous)
          queryClient.setQueryData(
            boardKey,
            moveOnBoard(previous, taskId, toStatusId, index ?? Number.MAX_SAFE_INTEGER),
          );
        onShown();
        return { previous };
      },
      onError: (err, { taskId }, context) => {
        if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
        onShown();
        setError({ taskId, message: errorMessage(err) });
      },
      onSettled: (_data, err) => {
        // While another move is still on its way, a fresh read could show the board without it; the last one reads.
        if (queryClient.isMutating({ mutationKey: trpc.task.move.mutationKey() }) > 1) return;
        // A refusal may come from the project (archived meanwhile, a column removed): read all of it again.
        return err ? invalidate.project(projectId) : invalidate.task(projectId);
      },
    }),
  );

  return {
    move: mutation.mutate,
    error,
    dismissError: () => {
      setError(null);
    },
  };
}
