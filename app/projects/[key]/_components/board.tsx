'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../_trpc/client';
import { BoardColumns } from './board-columns';

export function Board({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const { data: board } = useSuspenseQuery(trpc.board.get.queryOptions({ projectId }));
  return <BoardColumns board={board} />;
}
