import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  useSuspenseQuery,
  type DehydratedState,
} from '@tanstack/react-query';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HydrateQueries } from './hydrate-queries';

const KEY = ['board'];

/** What the server read and handed over: the board with one task. */
function served(): DehydratedState {
  const server = new QueryClient();
  server.setQueryData(KEY, { tasks: 1 });
  return dehydrate(server);
}

let fetches = 0;
function Board() {
  const { data } = useSuspenseQuery({
    queryKey: KEY,
    queryFn: () => {
      fetches++;
      return new Promise<{ tasks: number }>(() => {});
    },
  });
  return createElement('p', null, `${data.tasks} task`);
}

/** Renders on the server, as Next.js does a client component, with the browser's cache as it stands. */
function render(boundary: ComponentType<{ state: DehydratedState; children: React.ReactNode }>, cache: QueryClient) {
  return renderToString(
    createElement(
      QueryClientProvider,
      { client: cache },
      createElement(boundary, { state: served(), children: createElement(Board) }),
    ),
  );
}

/** A component outside the boundary asked for the query first (the palette beside a streamed board): no data yet. */
function cacheHoldingItEmpty() {
  const cache = new QueryClient();
  cache.getQueryCache().build(cache, { queryKey: KEY });
  return cache;
}

describe('handing queries over to the client components', () => {
  it('fills a query the cache holds without data, so that what is under the boundary reads what the server sent', () => {
    fetches = 0;
    expect(render(HydrateQueries, cacheHoldingItEmpty())).toContain('1 task');
    expect(fetches).toBe(0);
  });

  it("is needed: TanStack's boundary leaves that query empty while it renders, and the board fetches it again", () => {
    fetches = 0;
    expect(() => render(HydrationBoundary, cacheHoldingItEmpty())).toThrow();
    expect(fetches).toBe(1);
  });

  it('leaves data already shown for after commit, as TanStack does', () => {
    const cache = new QueryClient();
    cache.setQueryData(KEY, { tasks: 7 }, { updatedAt: 1 });
    expect(render(HydrateQueries, cache)).toContain('7 task');
  });
});
