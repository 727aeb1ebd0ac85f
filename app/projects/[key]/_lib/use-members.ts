import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../../_trpc/client';
import type { Member } from '../../../_lib/router-types';

export interface Members {
  /** Current members first, then those who left or were removed. */
  readonly list: readonly Member[];
  /** Owners and members: the people a task can be given to (a viewer cannot act on it). */
  readonly assignable: readonly Member[];
  /** A person's name; an id the project no longer knows (an account since forgotten) reads as "a former member". */
  nameOf: (userId: string) => string;
}

const FORMER_MEMBER = 'a former member';

/** The people of one project, current and former, so that its whole history can name who did what. */
export function useMembers(projectId: string): Members {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.project.members.queryOptions({ projectId }));
  return useMemo(() => {
    const names = new Map(data.map((m) => [m.userId, m.name]));
    return {
      list: data,
      assignable: data.filter((m) => m.active && m.role !== 'viewer'),
      nameOf: (userId: string) => names.get(userId) ?? FORMER_MEMBER,
    };
  }, [data]);
}
