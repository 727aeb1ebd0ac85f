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

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrateQueries state={dehydrate(getQueryClient())}>{children}</HydrateQueries>;
}
