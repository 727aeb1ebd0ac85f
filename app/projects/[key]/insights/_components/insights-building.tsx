'use client';

import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';
import { useTRPC } from '../../../../_trpc/client';
import { plural } from './format-metrics';
import { BUILDING_REFETCH_MS } from './insights-query';

type ProjectionStatus = inferRouterOutputs<AppRouter>['insights']['projections'];

/** The build the insights will first be read from; before the runner has made one, the whole log is still ahead. */
function eventsBehind(status: ProjectionStatus): number {
  const insights = status.async.find((projection) => projection.name === 'insights');
  return insights?.builds.findLast((build) => build.state === 'building')?.lag ?? status.head;
}

export function InsightsBuilding() {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.insights.projections.queryOptions(undefined, { refetchInterval: BUILDING_REFETCH_MS }),
  );
  return (
    <div className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center">
      {/* The count stays out of the status: it changes every two seconds and would be read out each time. */}
      <p role="status" className="font-medium">
        Insights are being built from the project’s history…
      </p>
      {data && <p className="mt-1 text-sm text-stone-500">{plural(eventsBehind(data), 'event')} behind</p>}
    </div>
  );
}
