import { STATUS_CATEGORIES, type StatusCategory } from '@/domain/vocabulary';
import type { InsightsStatus } from './insights-types';

/**
 * Hex, not Tailwind classes: recharts writes them into SVG attributes. Shades of one hue tell apart statuses that
 * share a category (two "started" columns, say), so neighbouring bands never look alike.
 */
const SHADES: Record<StatusCategory, readonly string[]> = {
  backlog: ['#d6d3d1', '#a8a29e', '#e7e5e4'],
  unstarted: ['#93c5fd', '#60a5fa', '#94a3b8'],
  started: ['#fbbf24', '#fde68a', '#d97706'],
  completed: ['#22c55e', '#86efac', '#15803d'],
  canceled: ['#e8a5a5', '#c98282', '#f3d0d0'],
};

const isCategory = (category: string): category is StatusCategory =>
  (STATUS_CATEGORIES as readonly string[]).includes(category);

/** A colour per status: its category's hue, the next shade for each further status of that category. */
export function statusColors(statuses: readonly InsightsStatus[]): Map<string, string> {
  const used = new Map<StatusCategory, number>();
  return new Map(
    statuses.map((status) => {
      // The projection reads an unknown category as 'started'; the chart agrees with it.
      const category = isCategory(status.category) ? status.category : 'started';
      const shades = SHADES[category];
      const index = used.get(category) ?? 0;
      used.set(category, index + 1);
      return [status.statusId, shades[index % shades.length]!];
    }),
  );
}

/**
 * Bottom to top: completed statuses first (the customary base of a cumulative flow), then the rest from the end of
 * the workflow back to its start, so each band sits on the one work flows into.
 */
export function stackOrder(statuses: readonly InsightsStatus[]): InsightsStatus[] {
  const reversed = [...statuses].reverse();
  return [...reversed.filter((s) => s.category === 'completed'), ...reversed.filter((s) => s.category !== 'completed')];
}
