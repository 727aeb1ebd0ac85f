'use client';

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import { useExactTime } from '../../../../../_components/ui/exact-time';
import { boardHref } from '../../../_lib/links';
import { ChangeList } from '../../_components/change-list';
import { diffSummary } from '../../_components/change-words';
import type { ComparePoint } from './compare-points';

interface CompareViewProps {
  projectId: string;
  projectKey: string;
  from: ComparePoint;
  to: ComparePoint;
}

export function CompareView({ projectId, projectKey, from, to }: CompareViewProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.history.diff.queryOptions({ projectId, from, to }));

  return (
    <section aria-labelledby="diff-heading" className="mt-4 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="diff-heading" className="text-sm font-semibold">
        From <PointLabel projectId={projectId} projectKey={projectKey} position={data.from} /> to{' '}
        <PointLabel projectId={projectId} projectKey={projectKey} position={data.to} />
      </h3>
      {data.from > data.to && (
        <p className="mt-1 text-sm text-amber-800">The first moment is the later one: the changes read backwards.</p>
      )}
      <p className="mt-1 mb-3 text-sm text-stone-600">{diffSummary(data.diff)}</p>
      <ChangeList diff={data.diff} projectKey={projectKey} at={data.to} />
    </section>
  );
}

/**
 * An end of the comparison: when its last event happened, linked to the board as it stood then. The timeline as of
 * a position answers that with one row, without replaying anything.
 */
function PointLabel({ projectId, projectKey, position }: { projectId: string; projectKey: string; position: number }) {
  const trpc = useTRPC();
  const format = useExactTime();
  const { data } = useQuery(
    trpc.history.list.queryOptions({ projectId, at: { position }, limit: 1 }, { enabled: position > 0 }),
  );
  if (position === 0) return <>the start</>;
  const time = data?.items[0]?.at;
  return (
    <Link href={boardHref(projectKey, position)} className="text-indigo-700 underline-offset-4 hover:underline">
      {time ? format(time) : `event ${position}`}
    </Link>
  );
}
