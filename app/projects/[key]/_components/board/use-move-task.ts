'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { useLiveProject } from '../../_lib/live/live-project';
import { moveOnBoard } from './board-layout';

/**
 * Moving a card shows at once: the board in the cache is rearranged before the command is sent, and put back if the
 * server refuses it. `onShown` is told when the cache holds the new arrangement, so the drag's own picture can go.
 * Until the answer comes, the live stream leaves the board alone (a read begun before the move commits would undo it
 * on screen); the move is done once the stream has brought it back.
 */
export function useMoveTask(projectId: string, onShown: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveProject();
  const boardKey = trpc.board.get.queryKey({ projectId });
  const [error, setError] = useState<{ taskId: string; message: string } | null>(null);

  const mutation = useMutation(
    trpc.task.move.mutationOptions({
      onMutate: async ({ taskId, toStatusId, index }) => {
        const release = live.holdBoard();
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
        return { previous, release };
      },
      onError: (err, { taskId }, context) => {
        if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
        onShown();
        setError({ taskId, message: errorMessage(err) });
      },
      // A refusal may come from the project (archived meanwhile, a column removed): all of it is read again.
      onSettled: (result, err, _input, context) => {
        context?.release();
        return err ? live.refused() : live.settled(result);
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
