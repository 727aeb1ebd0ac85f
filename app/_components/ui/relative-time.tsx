'use client';

import { exactTime, exactTimeUtc, relativeTime } from '../../_lib/format';
import { useNow } from '../../_lib/use-now';

/** "5 minutes ago", with the exact local time on hover; the server, not knowing the time zone, renders UTC. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  const now = useNow();
  return (
    <time
      dateTime={date.toISOString()}
      title={now === null ? exactTimeUtc(date) : exactTime(date)}
      className={className}
    >
      {now === null ? exactTimeUtc(date) : relativeTime(date, now)}
    </time>
  );
}
