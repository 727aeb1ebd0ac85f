import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { retryUnlessRefused } from '../../../../../_lib/retry';
import { useAddressAt, writeAddressAt } from '../../../_components/replay/replay-address';
import { taskInput } from './task-query';

/**
 * The task as the page opened it (live, or `at` from the address), or as of the point its slider moved to. While
 * the next point loads, the task of the previous one stays on screen; the address follows the point shown.
 */
export function useTaskAt(projectKey: string, number: number, at: number | null) {
  const trpc = useTRPC();
  const opened = useSuspenseQuery(trpc.task.getByNumber.queryOptions(taskInput(projectKey, number, at)));
  // `travel` is the slider's point: null while it is closed, `{ at: null }` when just opened at the latest change.
  const [travel, setTravel] = useState<{ at: number | null } | null>(at === null ? null : { at });
  const [seen, setSeen] = useState(at);
  if (at !== seen) {
    setSeen(at);
    setTravel(at === null ? null : { at });
  }
  const wanted = travel?.at ?? null;
  const elsewhere = wanted !== null && wanted !== at;
  const moved = useQuery(
    trpc.task.getByNumber.queryOptions(taskInput(projectKey, number, wanted), {
      enabled: elsewhere,
      staleTime: Infinity,
      placeholderData: keepPreviousData,
      retry: retryUnlessRefused,
    }),
  );
  const data = (elsewhere ? moved.data : undefined) ?? opened.data;
  const writeAt = useCallback((position: number) => {
    writeAddressAt(position);
  }, []);
  useAddressAt(travel ? (data.asOf?.position ?? undefined) : undefined, writeAt);

  return {
    data,
    travelling: travel !== null,
    wanted,
    shown: wanted !== null && data.asOf?.position === wanted,
    error: elsewhere ? moved.error : null,
    open: () => {
      setTravel({ at: null });
    },
    moveTo: useCallback((position: number) => {
      setTravel({ at: position });
    }, []),
    close: () => {
      setTravel(null);
      writeAddressAt(null);
    },
  };
}
