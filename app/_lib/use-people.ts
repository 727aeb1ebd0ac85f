import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../_trpc/client';
import type { Person } from './router-types';

export interface People {
  readonly list: readonly Person[];
  /** A person's name; ids that are not (or no longer) known read as "Someone". */
  nameOf: (personId: string) => string;
}

export function usePeople(): People {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.people.list.queryOptions());
  return useMemo(() => {
    const names = new Map((data ?? []).map((p) => [p.id, p.name]));
    return { list: data ?? [], nameOf: (id: string) => names.get(id) ?? 'Someone' };
  }, [data]);
}

export function useMe(): Person | null {
  const trpc = useTRPC();
  return useQuery(trpc.people.me.queryOptions()).data ?? null;
}
