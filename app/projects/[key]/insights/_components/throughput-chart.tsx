'use client';

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { longDay, shortDay } from '../../../../_lib/format';
import { ChartFigure, EmptyChart } from './chart-figure';
import { axisTick, chartProps, gridStroke, tooltipItemStyle, tooltipStyle } from './chart-theme';
import { DataTable } from './data-table';
import { formatNumber, plural, weeklyAverage } from './format-metrics';
import type { WeekThroughput } from './insights-types';

const AVERAGE_COLOR = '#4f46e5';
const TITLE = 'Throughput per week';

export function ThroughputChart({ throughput }: { throughput: readonly WeekThroughput[] }) {
  const first = throughput[0];
  if (!first) return <EmptyChart title={TITLE} message="No task has been completed yet." />;
  const average = weeklyAverage(throughput);
  const busiest = throughput.reduce((best, week) => (week.completed > best.completed ? week : best), first);
  const summary =
    `On average ${plural(average, 'task')} completed a week over ${plural(throughput.length, 'week')} ` +
    `since the week of ${longDay(first.week)}; the most was ${busiest.completed} in the week of ${longDay(busiest.week)}.`;

  return (
    <ChartFigure
      title={TITLE}
      summary={summary}
      table={
        <DataTable
          caption="Tasks completed each week"
          columns={['Week of', 'Completed']}
          rows={throughput.map((w) => [shortDay(w.week), w.completed])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={throughput} {...chartProps}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="week" tickFormatter={shortDay} tick={axisTick} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip
            contentStyle={tooltipStyle}
            itemStyle={tooltipItemStyle}
            cursor={{ fill: '#f5f5f4' }}
            labelFormatter={(week) => (typeof week === 'string' ? `Week of ${longDay(week)}` : week)}
          />
          <Bar
            dataKey="completed"
            name="Completed"
            fill="#22c55e"
            radius={[3, 3, 0, 0]}
            maxBarSize={56}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={average}
            stroke={AVERAGE_COLOR}
            strokeDasharray="4 4"
            label={{
              value: `Average ${formatNumber(average)}`,
              position: 'insideTopLeft',
              fill: AVERAGE_COLOR,
              fontSize: 12,
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
