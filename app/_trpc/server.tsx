import 'server-only';
import { dehydrate, type QueryKey } from '@tanstack/react-query';
import { TRPCError } from '@trpc/server';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createRequestContext } from '@/server/api/request-context';
import { appRouter, createCaller } from '@/server/api/root';
import { HydrateQueries } from './hydrate-queries';
import { makeQueryClient } from './query-client';

export const getQueryClient = cache(makeQueryClient);
const context = cache(async () => createRequestContext(await headers()));

/** For server components: prefetch into the request's query client, then hand it to the client components. */
export const trpc = createTRPCOptionsProxy({ ctx: context, router: appRouter, queryClient: getQueryClient });

/** For data a server component only renders itself. */
export const api = cache(async () => createCaller(await context()));

/**
 * For a read whose refusal is an answer (a point before the project existed, a task number never used): it goes into
 * the request's cache only once it has an answer. Prefetched the usual way, a refused read can be handed to the browser
 * while still pending (a layout's HydrateClient dehydrates whatever is in flight), and the browser retries it three
 * times before saying why. Resolves to null when not found.
 */
export async function queryUnlessNotFound<TData>(queryKey: QueryKey, read: () => Promise<TData>) {
  try {
    const data = await read();
    getQueryClient().setQueryData(queryKey, data);
    return data;
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The queries this request has handed to the browser with their answer, by hash. */
const answered = cache(() => new Set<string>());

/**
 * Hands the request's queries to the client components inside. A query goes with its answer once per request: the
 * project's layout and its page both have a boundary, and each dehydrating the whole cache sent a 1,000-task board
 * twice (1.2 MB of the page's 1.7 MB). Both boundaries fill the browser's one query cache, so a query answered in
 * either is there for all. One still on its way when an outer boundary renders goes again, answered, with the boundary
 * that waited for it (`HydrateQueries` fills it there, though the outer one made it first).
 */
export function HydrateClient({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const sent = answered();
  const worthSending = queryClient.getDefaultOptions().dehydrate?.shouldDehydrateQuery ?? (() => true);
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => !sent.has(query.queryHash) && worthSending(query),
  });
  for (const query of state.queries) if (query.state.status === 'success') sent.add(query.queryHash);
  return <HydrateQueries state={state}>{children}</HydrateQueries>;
}
