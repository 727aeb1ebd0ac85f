import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

/** The metrics once the insights projection has a build to read from. */
export type ReadyInsights = Extract<inferRouterOutputs<AppRouter>['insights']['get'], { ready: true }>;
export type InsightsStatus = ReadyInsights['statuses'][number];
export type FlowPoint = ReadyInsights['flow'][number];
export type CycleTime = ReadyInsights['cycleTimes'][number];
export type WeekThroughput = ReadyInsights['throughput'][number];
