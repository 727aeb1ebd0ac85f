import 'server-only';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createRequestContext } from '@/server/api/request-context';
import { appRouter, createCaller } from '@/server/api/root';
import { makeQueryClient } from './query-client';

export const getQueryClient = cache(makeQueryClient);
const context = cache(async () => createRequestContext(await headers()));

/** For server components: prefetch into the request's query client, then hand it to the client components. */
export const trpc = createTRPCOptionsProxy({ ctx: context, router: appRouter, queryClient: getQueryClient });

/** For data a server component only renders itself. */
export const api = cache(async () => createCaller(await context()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
