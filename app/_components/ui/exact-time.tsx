'use client';

import { exactTime, exactTimeUtc } from '../../_lib/format';
import { useNow } from '../../_lib/use-now';

/** Formats an exact time in the browser's time zone; on the server, which does not know it, in UTC. */
export function useExactTime(): (date: Date) => string {
  return useNow() === null ? exactTimeUtc : exactTime;
}

export function ExactTime({ date, className }: { date: Date; className?: string }) {
  const format = useExactTime();
  return (
    <time dateTime={date.toISOString()} className={className}>
      {format(date)}
    </time>
  );
}
