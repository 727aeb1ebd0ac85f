import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import type { Board } from '../../../../_lib/router-types';

/** A board as of a point never changes: it is read once and kept for as long as the cache keeps anything. */
export const PAST = { staleTime: Infinity } as const;

/**
 * Reads the boards next to the one on screen before they are asked for, so that a step with the keys (or a frame of
 * playback) finds its board already here: two back and `ahead` (at least two) forward, in one batched request once
 * the board on screen is shown.
 */
export function usePrefetchSteps(projectId: string, shown: Board | undefined, count: number, ahead: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const asOf = shown?.asOf;

  useEffect(() => {
    if (!shown || !asOf) return;
    const stepOptions = (step: number) => trpc.board.get.queryOptions({ projectId, at: { step } }, PAST);
    // A board opened by its position is the same board as its step: stepping back to it needs no second read.
    const own = stepOptions(asOf.step).queryKey;
    if (!queryClient.getQueryData(own)) queryClient.setQueryData(own, shown);
    // Two each way: stepping on finds the next board here and reads only the one after it, in either direction.
    const steps = [1, -1, 2, -2, ...Array.from({ length: ahead - 2 }, (_, i) => i + 3)].map((d) => asOf.step + d);
    for (const step of steps) {
      // A failed read ahead is no loss: if that step is asked for, its own read shows the error.
      if (step >= 1 && step <= count) queryClient.query(stepOptions(step)).catch(() => undefined);
    }
  }, [trpc, queryClient, projectId, shown, asOf, count, ahead]);
}
