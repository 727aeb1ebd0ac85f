'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../_trpc/client';
import { ExactTime } from '../../../../_components/ui/exact-time';
import { asOfInput } from './insights-query';

interface AsOfNoticeProps {
  projectId: string;
  projectKey: string;
  at: number;
}

/** Says that the figures are from the past, and when: the time of the last event they include. */
export function AsOfNotice({ projectId, projectKey, at }: AsOfNoticeProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.history.list.queryOptions(asOfInput(projectId, at)));
  const time = data.items[0]?.at;

  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>
        {time ? (
          <>
            As of <ExactTime date={time} />
          </>
        ) : (
          'As of before the project’s first event'
        )}
      </p>
      <Link
        href={`/projects/${projectKey}/insights`}
        className="inline-flex min-h-10 items-center font-medium text-indigo-700 underline underline-offset-4"
      >
        Back to live
      </Link>
    </div>
  );
}
