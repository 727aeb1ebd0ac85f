'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../_trpc/client';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, linkStyles } from '../../../../_components/ui/styles';
import { boardHref } from '../../_lib/links';

/**
 * Says that `?at=` names no point of the history rather than show the live board as if it did. Positions count the
 * whole log's events from 1, so 0 is the moment before anything happened: this project had no board yet, and its
 * first event is offered instead.
 */
export function BadPoint({ projectId, projectKey, at }: { projectId: string; projectKey: string; at: string }) {
  const trpc = useTRPC();
  const { data: span } = useQuery(trpc.history.span.queryOptions({ projectId }));
  const before = /^0+$/.test(at);
  // Whatever was typed is echoed, but not at any length.
  const named = at.length > 40 ? `${at.slice(0, 40)}…` : at;
  return (
    <div className="mx-4 mb-4 space-y-2 sm:mx-6">
      <Alert>
        {before ? (
          <>
            <code className="font-mono">{named}</code> is before this project’s history began: there was no board yet.
          </>
        ) : (
          <>
            <code className="font-mono break-all">{named}</code> is not a point in this project’s history. A point is
            the position of one of its events, as the History links give it.
          </>
        )}
      </Alert>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={boardHref(projectKey)} className={buttonStyles.primary}>
          Go to the live board
        </Link>
        {span?.first && (
          <Link prefetch={false} href={boardHref(projectKey, span.first.position)} className={linkStyles}>
            See the board after its first event
          </Link>
        )}
      </div>
    </div>
  );
}
