import { longDay, shortDay } from '../../../../_lib/format';

const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const list = new Intl.ListFormat('en', { type: 'conjunction' });

export const formatNumber = (n: number) => oneDecimal.format(n);
/** The word agrees with the number as shown: 1.04 days reads "1 day", not "1 days". */
export function plural(n: number, noun: string): string {
  const shown = formatNumber(n);
  return `${shown} ${shown === '1' ? noun : `${noun}s`}`;
}

/** A cycle time: under a day in hours (under an hour in minutes), where "0.1 days" would say little. */
export function formatDuration(days: number): string {
  const hours = days * 24;
  if (hours < 1) return plural(Math.round(hours * 60), 'minute');
  return days < 1 ? plural(hours, 'hour') : plural(days, 'day');
}

/** Insights count in UTC days (the projection buckets by them): a completion shows on the same day everywhere. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const shortDate = (date: Date) => shortDay(dayOf(date));

/** "between March 2 and March 9, 2026", or "on March 2, 2026" when both are the same day. */
export const dayRange = (first: string, last: string) =>
  first === last ? `on ${longDay(first)}` : `between ${longDay(first)} and ${longDay(last)}`;

export const listOf = (items: string[]) => list.format(items);

export const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

/** Tasks completed per week, over the weeks from the first completion's to the last's (quiet weeks count too). */
export const weeklyAverage = (throughput: readonly { completed: number }[]) =>
  sum(throughput.map((w) => w.completed)) / throughput.length;
