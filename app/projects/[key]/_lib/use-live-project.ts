'use client';

import { useQueryClient, type Query } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import type { AppRouter } from '@/server/api/root';
import { useTRPC } from '../../../_trpc/client';

type Insights = inferRouterOutputs<AppRouter>['insights']['get'];

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/** A view of a point in the past (`at`) stays as it is; only the live ones are read again. */
const live = {
  predicate: (query: Query) => (query.queryKey[1] as { input?: { at?: unknown } } | undefined)?.input?.at === undefined,
};

const INSIGHTS_RETRY_MS = 200;
const INSIGHTS_RETRIES = 10;

/**
 * Keeps every open view of a project current: each change committed to it, by anyone on any app instance, reads the
 * live views again. The browser resumes a dropped connection from the last change it saw, so nothing is missed. The
 * first message of a new watch (where the project stands) reads them again too: the page may have been rendered
 * before a change that came just ahead of the watch.
 */
export function useLiveProject(projectId: string): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [wasLive, setWasLive] = useState(false);

  const refreshInsights = async (position: number, retries: number) => {
    const insights = trpc.insights.get.queryFilter({ projectId }, live);
    await queryClient.invalidateQueries(insights);
    // Insights are built in the background, possibly a moment after the change arrived here.
    const behind = queryClient
      .getQueryCache()
      .findAll({ ...insights, type: 'active' })
      .some((query) => {
        const data = query.state.data as Insights | undefined;
        return data?.ready === true && data.position < position;
      });
    if (behind && retries > 0) setTimeout(() => void refreshInsights(position, retries - 1), INSIGHTS_RETRY_MS);
  };

  const subscription = useSubscription(
    trpc.live.project.subscriptionOptions(
      { projectId },
      {
        onData: ({ data }) => {
          // A move on its way has put the board in its place already; its own settling reads the board again.
          const moving = queryClient.isMutating({ mutationKey: trpc.task.move.mutationKey() }) > 0;
          const views = [
            trpc.project.pathFilter(),
            trpc.task.pathFilter(live),
            trpc.history.list.pathFilter(live),
            trpc.history.span.queryFilter({ projectId }),
            ...(moving ? [] : [trpc.board.get.queryFilter({ projectId }, live)]),
          ];
          for (const view of views) void queryClient.invalidateQueries(view);
          void refreshInsights(data.position, INSIGHTS_RETRIES);
        },
      },
    ),
  );

  if (subscription.status === 'pending' && !wasLive) setWasLive(true);
  if (subscription.status === 'pending') return 'live';
  if (subscription.status === 'connecting') return wasLive ? 'reconnecting' : 'connecting';
  return 'off';
}
