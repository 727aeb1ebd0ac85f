'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { AsOfNotice } from './as-of-notice';
import { CumulativeFlowChart } from './cumulative-flow-chart';
import { CycleTimeChart } from './cycle-time-chart';
import { HeadlineFigures } from './headline-figures';
import { InsightsBuilding } from './insights-building';
import { BUILDING_REFETCH_MS, insightsInput } from './insights-query';
import { ThroughputChart } from './throughput-chart';

interface InsightsProps {
  projectId: string;
  projectKey: string;
  /** The global position the figures stand at; null for live. */
  at: number | null;
}

export function Insights({ projectId, projectKey, at }: InsightsProps) {
  const trpc = useTRPC();
  const { data: insights } = useSuspenseQuery(
    trpc.insights.get.queryOptions(insightsInput(projectId, at), {
      refetchInterval: (query) => (query.state.data?.ready === false ? BUILDING_REFETCH_MS : false),
    }),
  );

  return (
    <>
      {at !== null && <AsOfNotice projectId={projectId} projectKey={projectKey} at={at} />}
      {insights.ready ? (
        <div className="mt-4 space-y-4">
          <HeadlineFigures insights={insights} />
          <CumulativeFlowChart statuses={insights.statuses} flow={insights.flow} />
          <div className="grid gap-4 lg:grid-cols-2">
            <CycleTimeChart cycleTimes={insights.cycleTimes} medianDays={insights.medianCycleDays} />
            <ThroughputChart throughput={insights.throughput} />
          </div>
        </div>
      ) : (
        <InsightsBuilding />
      )}
    </>
  );
}
