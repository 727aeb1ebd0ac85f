'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
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
        From <PointLabel projectKey={projectKey} position={data.from} time={askedTime(from) ?? data.fromTime} /> to{' '}
        <PointLabel projectKey={projectKey} position={data.to} time={askedTime(to) ?? data.toTime} />
      </h3>
      {data.from > data.to && (
        <p className="mt-1 text-sm text-amber-800">The first moment is the later one: the changes read backwards.</p>
      )}
      <p className="mt-1 mb-3 text-sm text-stone-600">{diffSummary(data.diff)}</p>
      <ChangeList diff={data.diff} projectId={projectId} projectKey={projectKey} at={data.to} />
    </section>
  );
}

/** An end asked as a moment is headed by that moment ("since yesterday": 24 hours ago), not by its last event's. */
const askedTime = (point: ComparePoint) => ('time' in point ? point.time : null);

/** An end of the comparison: its moment, linked to the board as it stood then (before the first event, none). */
function PointLabel({ projectKey, position, time }: { projectKey: string; position: number; time: Date }) {
  const format = useExactTime();
  if (position === 0) return time.getTime() > 0 ? <>{format(time)}</> : <>the start</>;
  return (
    <Link href={boardHref(projectKey, position)} className="text-indigo-700 underline-offset-4 hover:underline">
      {format(time)}
    </Link>
  );
}
