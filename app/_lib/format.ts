// One fixed locale: the server and the browser must format the same way, and the sentences are English anyway.
const LOCALE = 'en';

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const exact = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
const exactUtc = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function relativeTime(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), 'minute');
}

export const exactTime = (date: Date) => exact.format(date);
export const exactTimeUtc = (date: Date) => `${exactUtc.format(date)} UTC`;

/** Due dates are calendar days (YYYY-MM-DD), not instants: read and shown in UTC so no time zone shifts them. */
const calendarDay = (dueOn: string) => new Date(`${dueOn}T00:00:00Z`);
export const shortDay = (dueOn: string) => dayShort.format(calendarDay(dueOn));
export const longDay = (dueOn: string) => dayLong.format(calendarDay(dueOn));

export function isOverdue(dueOn: string, now: number): boolean {
  const today = new Date(now);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return calendarDay(dueOn).getTime() < todayUtc;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)] : [name.trim()];
  return letters
    .map((p) => (p ? Array.from(p)[0] : ''))
    .join('')
    .toUpperCase()
    .slice(0, 2);
}
