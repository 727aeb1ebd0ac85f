'use client';

import { hydrate, HydrationBoundary, useQueryClient, type DehydratedState } from '@tanstack/react-query';
import { useMemo } from 'react';

/**
 * TanStack's `HydrationBoundary`, but a query the cache already holds without any data is filled during render too.
 * The boundary fills a query already in the cache only after commit, so as not to change what is on screen while it
 * renders; but a query can be in the cache with nothing to show, made by a component outside this boundary that
 * rendered first (the palette beside a board that streamed in later). A component under the boundary would then find
 * no data: on the server, its suspense query fetches through the browser's client and fails, so React renders that
 * part again in the browser and leaves the streamed copy hidden in the document; in the browser, it fetches what the
 * server had already sent. With no data shown, there is nothing on screen to change.
 */
export function HydrateQueries({ state, children }: { state: DehydratedState; children: React.ReactNode }) {
  const client = useQueryClient();
  useMemo(() => {
    const cache = client.getQueryCache();
    const unfilled = state.queries.filter((query) => {
      const held = cache.get(query.queryHash);
      return held !== undefined && held.state.data === undefined && query.state.status === 'success';
    });
    if (unfilled.length > 0) hydrate(client, { queries: unfilled });
  }, [client, state]);
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
