'use client';

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { longDay, shortDay } from '../../../../_lib/format';
import { ChartFigure, EmptyChart } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { axisTick, chartProps, gridStroke, MAX_TICKS, tooltipItemStyle, tooltipStyle } from './chart-theme';
import { DataTable } from './data-table';
import { listOf, plural, sum } from './format-metrics';
import type { FlowPoint, InsightsStatus } from './insights-types';
import { stackOrder, statusColors } from './status-colors';

const TITLE = 'Cumulative flow';

interface CumulativeFlowChartProps {
  statuses: readonly InsightsStatus[];
  flow: readonly FlowPoint[];
}

export function CumulativeFlowChart({ statuses, flow }: CumulativeFlowChartProps) {
  const first = flow[0];
  const last = flow.at(-1);
  if (!first || !last)
    return <EmptyChart title={TITLE} message="No tasks yet: the flow is drawn from the first task on." />;
  const counts = statuses.map((s) => last.counts[s.statusId] ?? 0);
  const held = listOf(statuses.map((s, i) => `${counts[i] ?? 0} in ${s.name}`));
  const lastState = `On ${longDay(last.day)} the project held ${plural(sum(counts), 'task')}: ${held}.`;
  // One day makes no area to draw: say what there is instead of showing an empty frame.
  if (flow.length === 1)
    return <EmptyChart title={TITLE} message={`${lastState} The flow is drawn from the second day on.`} />;

  const colors = statusColors(statuses);
  const stacked = stackOrder(statuses);
  const rows = flow.map((point) => ({ day: point.day, ...point.counts }));
  const every = Math.ceil(flow.length / MAX_TICKS);
  const ticks = flow.filter((_, i) => i % every === 0).map((p) => p.day);
  const top = new Map(stacked.map((s, i) => [s.statusId, stacked.length - i]));
  const summary = `${lastState} Counted at the end of each day since ${longDay(first.day)}.`;

  return (
    <ChartFigure
      title={TITLE}
      summary={summary}
      legend={<ChartLegend items={statuses.map((s) => ({ name: s.name, color: colors.get(s.statusId)! }))} />}
      table={
        <DataTable
          caption="Tasks in each status at the end of each day"
          columns={['Day', ...statuses.map((s) => s.name)]}
          rows={flow.map((p) => [shortDay(p.day), ...statuses.map((s) => p.counts[s.statusId] ?? 0)])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} {...chartProps}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="day" ticks={ticks} tickFormatter={shortDay} tick={axisTick} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip
            contentStyle={tooltipStyle}
            itemStyle={tooltipItemStyle}
            labelFormatter={(day) => (typeof day === 'string' ? longDay(day) : day)}
            itemSorter={(item) => top.get(String(item.dataKey))}
          />
          {stacked.map((status) => (
            <Area
              key={status.statusId}
              dataKey={status.statusId}
              name={status.name}
              stackId="flow"
              type="linear"
              stroke="#ffffff"
              strokeWidth={1}
              fill={colors.get(status.statusId)}
              fillOpacity={1}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
