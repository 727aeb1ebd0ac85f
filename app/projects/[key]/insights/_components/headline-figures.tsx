import { formatDuration, formatNumber, plural, weeklyAverage } from './format-metrics';
import type { ReadyInsights } from './insights-types';

export function HeadlineFigures({ insights }: { insights: ReadyInsights }) {
  const weeks = insights.throughput.length;
  const average = weeks === 0 ? null : weeklyAverage(insights.throughput);
  const figures = [
    { label: 'Tasks completed', value: String(insights.cycleTimes.length) },
    {
      label: 'Median cycle time',
      value: insights.medianCycleDays === null ? 'None yet' : formatDuration(insights.medianCycleDays),
    },
    {
      label: 'Average throughput',
      value: average === null ? 'None yet' : `${formatNumber(average)} a week`,
      detail: average === null ? undefined : `over ${plural(weeks, 'week')}`,
    },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 sm:gap-3">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg border border-stone-200 bg-white px-3 py-3 sm:px-4">
          <dt className="text-xs text-stone-500 sm:text-sm">{figure.label}</dt>
          <dd className="mt-1 text-lg font-semibold tracking-tight tabular-nums sm:text-2xl">{figure.value}</dd>
          {figure.detail && <dd className="text-xs text-stone-500">{figure.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
