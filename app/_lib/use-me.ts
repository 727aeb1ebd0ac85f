import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../_trpc/client';
import type { Me } from './router-types';

/** The signed-in person, read by the root layout and handed to the browser with the page. */
export function useMe(): Me | null {
  const trpc = useTRPC();
  return useQuery(trpc.account.me.queryOptions()).data ?? null;
}
