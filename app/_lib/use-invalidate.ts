import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../_trpc/client';

/**
 * Read-your-writes: after a command, the queries whose answer it changed are refetched. The returned promises settle
 * once the active ones have their new data, so a mutation that awaits them stays pending until the view is current.
 */
export function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const invalidate = (...filters: { queryKey: readonly unknown[] }[]) =>
      Promise.all(filters.map((f) => queryClient.invalidateQueries(f))).then(() => undefined);
    return {
      projectList: () => invalidate(trpc.project.list.queryFilter()),
      /** A project's name, workflow or archived flag: every view that shows the project. */
      project: (projectId: string) =>
        invalidate(
          trpc.project.pathFilter(),
          trpc.board.get.queryFilter({ projectId }),
          trpc.task.pathFilter(),
          trpc.history.list.pathFilter(),
        ),
      /** Any task of the project: its board, its page (only the open one is read again), counts and activity. */
      task: (projectId: string) =>
        invalidate(
          trpc.board.get.queryFilter({ projectId }),
          trpc.task.pathFilter(),
          trpc.project.list.queryFilter(),
          trpc.history.list.pathFilter(),
        ),
      /** Who belongs to the project: its members, the roles (mine too, which changes what I may do) and the history. */
      members: () => invalidate(trpc.project.pathFilter(), trpc.history.list.pathFilter()),
      everything: () => queryClient.invalidateQueries(),
    };
  }, [trpc, queryClient]);
}
