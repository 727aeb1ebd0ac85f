'use client';

import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure, EmptyChart } from './chart-figure';
import { axisTick, chartProps, gridStroke, MAX_TICKS, tooltipItemStyle, tooltipStyle } from './chart-theme';
import { DataTable } from './data-table';
import { dayOf, dayRange, formatDuration, plural, shortDate } from './format-metrics';
import type { CycleTime } from './insights-types';

const DAY = 86_400_000;
const MEDIAN_COLOR = '#4f46e5';
const TITLE = 'Cycle time';

interface CycleTimeChartProps {
  cycleTimes: readonly CycleTime[];
  medianDays: number | null;
}

export function CycleTimeChart({ cycleTimes, medianDays }: CycleTimeChartProps) {
  const first = cycleTimes[0];
  const last = cycleTimes.at(-1);
  if (!first || !last || medianDays === null)
    return <EmptyChart title={TITLE} message="No task has been completed yet." />;
  const points = cycleTimes.map((c) => ({ completed: c.completedAt.getTime(), days: c.days }));
  const axis = dayAxis(first.completedAt, last.completedAt);
  const days = cycleTimes.map((c) => c.days);
  const summary =
    `${plural(cycleTimes.length, 'task')} completed ${dayRange(dayOf(first.completedAt), dayOf(last.completedAt))}, ` +
    `with a median cycle time of ${formatDuration(medianDays)} from first started to ` +
    `completed. The quickest took ${formatDuration(Math.min(...days))}, the slowest ${formatDuration(Math.max(...days))}.`;

  return (
    <ChartFigure
      title={TITLE}
      summary={summary}
      table={
        <DataTable
          caption="Cycle time of each completed task, by completion date"
          columns={['Completed', 'Cycle time (days)']}
          rows={cycleTimes.map((c) => [shortDate(c.completedAt), c.days.toFixed(1)])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart {...chartProps}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis
            dataKey="completed"
            type="number"
            name="Completed"
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={(time: number) => shortDate(new Date(time))}
            tick={axisTick}
          />
          <YAxis
            dataKey="days"
            type="number"
            name="Cycle time"
            tickFormatter={(days: number) => `${days}d`}
            tick={axisTick}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            itemStyle={tooltipItemStyle}
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(value, name) =>
              name === 'Completed' ? shortDate(new Date(Number(value))) : formatDuration(Number(value))
            }
          />
          <Scatter data={points} name="Completed tasks" fill="#16a34a" isAnimationActive={false} />
          <ReferenceLine
            y={medianDays}
            stroke={MEDIAN_COLOR}
            strokeDasharray="4 4"
            label={{
              value: `Median ${formatDuration(medianDays)}`,
              position: 'insideTopRight',
              fill: MEDIAN_COLOR,
              fontSize: 12,
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/**
 * Ticks at UTC midnights, from the first completion's day to the day after the last, so that a tick stands at the
 * start of the day it names; half a day of room before the first keeps its dots off the axis.
 */
function dayAxis(first: Date, last: Date) {
  const start = Date.parse(dayOf(first));
  const end = Date.parse(dayOf(last)) + DAY;
  const step = Math.ceil((end - start) / DAY / MAX_TICKS) * DAY;
  const ticks: number[] = [];
  for (let tick = start; tick <= end; tick += step) ticks.push(tick);
  return { domain: [start - DAY / 2, end] as [number, number], ticks };
}
