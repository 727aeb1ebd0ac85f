import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { retryUnlessRefused } from '../../../../_lib/retry';
import { numbered } from './track-numbers';

/** The History page's filters as the server takes them: a task by its id, a person, the event types of some kinds. */
export interface ChangeFilter {
  taskId?: string;
  actorId?: string;
  types?: string[];
}

export type TrackPoint = { position: number } | { step: number };

export const isFilteredBy = (filter: ChangeFilter) => Boolean(filter.taskId ?? filter.actorId ?? filter.types?.length);

/** A change of the list with its number on the track: its step, or with a filter its place among the matches. */
export type { TrackItem } from './track-numbers';

interface TrackOptions {
  projectId: string;
  /** Null while the filter is still being read (a task named by its number): nothing is asked until it is known. */
  filter: ChangeFilter | null;
  /** The point asked for (on screen or loading); null for the latest change. */
  point: TrackPoint | null;
  /** Without a filter the track is the project's steps, which the caller already knows. */
  step: number;
  count: number;
  onPoint: (point: TrackPoint) => void;
}

const filterOf = (input: unknown) => {
  const { taskId, actorId, types } = (input ?? {}) as ChangeFilter;
  return JSON.stringify([taskId, actorId, types]);
};

/**
 * The changes around a point, like the action list beside Redux DevTools' slider, and the track a slider steps
 * along: every step of the project, or with a filter only the matching changes, where the point is always one of
 * them (a point between them moves to the one before it). A step within the list goes straight to its position;
 * one further off (Home, End, a drag) asks the server which change it is first.
 */
export function useChangeTrack({ projectId, filter, point, step, count, onPoint }: TrackOptions) {
  const trpc = useTRPC();
  const filtered = filter !== null && isFilteredBy(filter);
  const [seek, setSeek] = useState<number | null>(null);
  const where = filtered && seek !== null ? { match: seek } : point ? { at: point } : {};
  const same = filterOf(filter);
  const around = useQuery(
    trpc.history.around.queryOptions(filter ? { projectId, ...filter, ...where } : skipToken, {
      staleTime: Infinity,
      retry: retryUnlessRefused,
      // The list stays while the next one loads, but not across a change of filter: its numbers mean other things.
      placeholderData: (previous, query) =>
        query && filterOf(query.queryKey[1]?.input) === same ? keepPreviousData(previous) : undefined,
    }),
  );
  const data = around.data;
  const items = useMemo(() => numbered(data), [data]);
  const total = data?.count ?? 0;
  const settled = data !== undefined && !around.isPlaceholderData;
  const pointAt = point && 'position' in point ? point.position : undefined;
  const snapTo = data ? (data.current ?? data.items[0]?.position ?? null) : null;

  // A far step is done once the point stands on the change the server found for it.
  if (seek !== null && settled && snapTo === pointAt) setSeek(null);
  useEffect(() => {
    if (filtered && settled && snapTo !== null && snapTo !== pointAt) onPoint({ position: snapTo });
  }, [filtered, settled, snapTo, pointAt, onPoint]);

  // Kept the same between renders: playback waits on them, and a new one would start its wait over.
  const stepTo = useCallback(
    (next: number) => {
      onPoint({ step: next });
    },
    [onPoint],
  );
  const goTo = useCallback(
    (next: number) => {
      const target = Math.min(total, Math.max(1, next));
      const near = items.find((item) => item.number === target);
      if (near) onPoint({ position: near.position });
      else setSeek(target);
    },
    [total, items, onPoint],
  );

  if (!filtered) return { items, filtered, value: step, count, loading: false, error: around.error, goTo: stepTo };
  return {
    items,
    filtered,
    value: seek ?? items.find((item) => item.position === pointAt)?.number ?? Math.max(1, data?.index ?? 1),
    count: total,
    loading: seek !== null || !settled || (snapTo !== null && snapTo !== pointAt),
    error: around.error,
    goTo,
  };
}
