'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import type { Board, BoardTask } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';

const PENDING = 'pending:';

/** The id of the card a command's new task shows as until the server answers. */
export const pendingIdOf = (commandId: string) => `${PENDING}${commandId}`;

/** A card drawn before the server answered: it has no number yet, so it opens nothing and cannot be dragged. */
export const isPendingTask = (task: Pick<BoardTask, 'id'>) => task.id.startsWith(PENDING);

const mapTasks = (board: Board, map: (tasks: BoardTask[], statusId: string) => BoardTask[]): Board => ({
  ...board,
  columns: board.columns.map((column) => ({ ...column, tasks: map(column.tasks, column.status.id) })),
});

/**
 * Adding a task shows at once, as moving one does: a card without a number goes to the end of its column before the
 * command is sent, gets its id and number from the answer, and goes again if the server refuses, the reason shown
 * where the task was typed. Until the answer, the live stream leaves the board alone (see `useMoveTask`).
 */
export function useAddTask(projectId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveProject();
  const boardKey = trpc.board.get.queryKey({ projectId });
  const patch = (map: (tasks: BoardTask[], statusId: string) => BoardTask[]) => {
    const board = queryClient.getQueryData(boardKey);
    if (board) queryClient.setQueryData(boardKey, mapTasks(board, map));
  };

  return useMutation(
    trpc.task.create.mutationOptions({
      onMutate: async ({ statusId, title, commandId }) => {
        const release = live.holdBoard();
        const placeholderId = pendingIdOf(commandId);
        // A board read already on its way would land after this and take the card away again.
        await queryClient.cancelQueries({ queryKey: boardKey });
        const now = new Date();
        const card: BoardTask = {
          id: placeholderId,
          projectId,
          number: 0,
          title,
          description: '',
          statusId: statusId ?? '',
          rank: '',
          priority: 'none',
          assigneeId: null,
          labels: [],
          dueOn: null,
          deleted: false,
          version: 0,
          commentCount: 0,
          createdAt: now,
          updatedAt: now,
          lastPosition: 0,
        };
        // With no status named, the server puts the task in the first column: so does the card.
        const board = queryClient.getQueryData(boardKey);
        const column = statusId ?? board?.columns[0]?.status.id;
        patch((tasks, id) => (id === column ? [...tasks, { ...card, statusId: id }] : tasks));
        return { placeholderId, release };
      },
      onSuccess: ({ taskId, number }, _input, context) => {
        patch((tasks) => tasks.map((t) => (t.id === context.placeholderId ? { ...t, id: taskId, number } : t)));
      },
      onError: (_error, _input, context) => {
        if (context) patch((tasks) => tasks.filter((t) => t.id !== context.placeholderId));
      },
      onSettled: (result, error, _input, context) => {
        context?.release();
        return error ? live.refused() : live.settled(result);
      },
    }),
  );
}
