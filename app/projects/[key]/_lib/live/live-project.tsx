'use client';

import { useQueryClient, type Query } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useSubscription } from '@trpc/tanstack-react-query';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { AppRouter } from '@/server/api/root';
import { useTRPC } from '../../../../_trpc/client';
import { LiveViews, type Views } from './live-views';

type Insights = inferRouterOutputs<AppRouter>['insights']['get'];

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/** What a command answers, as far as following it goes: the global position of its last event. */
export interface CommandResult {
  readonly position: number | null;
}

export interface LiveProject {
  /** Whether the project's views follow its changes: said by the header's live status. */
  readonly state: LiveState;
  /**
   * Settles once the views show a command's change: the live stream delivered its position and the views it touched
   * were read again; or, with the stream down or silent, after one read of them. Awaited in a mutation's `onSuccess`,
   * it keeps the action pending until its change is on screen.
   */
  readonly settled: (result: CommandResult | undefined) => Promise<void>;
  /** After a refusal: the server judged state this page may not show yet, so the views are read again once. */
  readonly refused: () => Promise<void>;
  /**
   * For a change shown on the board before it is sent (a move): until the returned function is called, once it is
   * answered, no read of the board undoes it on screen.
   */
  readonly holdBoard: () => () => void;
}

/** A stream delivers within a second or so; past this, the views are read without waiting for it. */
const FALLBACK_MS = 3_000;

/** A view of a point in the past (`at`) stays as it is; only the live ones are read again. */
const live = {
  predicate: (query: Query) => (query.queryKey[1] as { input?: { at?: unknown } } | undefined)?.input?.at === undefined,
};

const INSIGHTS_RETRY_MS = 200;
const INSIGHTS_RETRIES = 10;

const LiveContext = createContext<LiveProject | null>(null);

/**
 * The one way a project's open views follow changes, everyone's and one's own: each change committed to the project,
 * by anyone on any app instance, comes over the live stream and reads the live views again. The browser resumes a
 * dropped connection from the last change it saw, so nothing is missed. The first message of a new watch (where the
 * project stands) reads them again too: the page may have been rendered before a change that came just ahead of
 * the watch. Components that send a command wait, through `useLiveProject()`, for the stream to bring its change
 * back (see `LiveViews`), rather than read views themselves.
 */
export function LiveProjectProvider({ projectId, children }: { projectId: string; children: React.ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [wasLive, setWasLive] = useState(false);

  const views = useMemo(() => {
    const board = trpc.board.get.queryFilter({ projectId }, live);
    const others = [
      trpc.project.pathFilter(),
      trpc.task.pathFilter(live),
      trpc.history.list.pathFilter(live),
      trpc.history.span.queryFilter({ projectId }),
    ];
    const filters: Record<Views, { queryKey: readonly unknown[] }[]> = {
      all: [...others, board],
      'all but the board': others,
      'the board': [board],
    };
    return new LiveViews(
      (which) =>
        Promise.all(filters[which].map((filter) => queryClient.invalidateQueries(filter))).then(() => undefined),
      FALLBACK_MS,
    );
  }, [trpc, queryClient, projectId]);

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
          views.delivered(data.position);
          void refreshInsights(data.position, INSIGHTS_RETRIES);
        },
      },
    ),
  );

  const connected = subscription.status === 'pending';
  useEffect(() => {
    views.connected(connected);
  }, [views, connected]);

  if (connected && !wasLive) setWasLive(true);
  const state: LiveState = connected
    ? 'live'
    : subscription.status === 'connecting'
      ? wasLive
        ? 'reconnecting'
        : 'connecting'
      : 'off';

  const value = useMemo<LiveProject>(
    () => ({
      state,
      settled: (result) => views.until(result?.position ?? null),
      refused: () => views.refused(),
      holdBoard: () => views.hold(),
    }),
    [state, views],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLiveProject(): LiveProject {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLiveProject() is for the pages of a project, inside LiveProjectProvider');
  return value;
}
