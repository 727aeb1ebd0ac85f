'use client';

import { useLiveProject, type LiveState } from '../../_lib/live/live-project';

const looks: Record<LiveState, { label: string; dot: string; title: string }> = {
  connecting: { label: 'Connecting…', dot: 'bg-stone-300', title: 'Connecting to live updates' },
  live: { label: 'Live', dot: 'bg-emerald-500', title: 'Changes by anyone appear here as they happen' },
  reconnecting: {
    label: 'Reconnecting…',
    dot: 'bg-amber-500',
    title: 'The connection was lost; changes made meanwhile will appear once it is back',
  },
  off: { label: 'Not live', dot: 'bg-red-500', title: 'Live updates stopped; reload the page to see new changes' },
};

/** Says whether the project's views are following its changes. */
export function LiveStatus() {
  const look = looks[useLiveProject().state];
  return (
    <p role="status" title={look.title} className="inline-flex items-center gap-1.5 text-xs text-stone-500">
      <span aria-hidden="true" className={`size-2 rounded-full ${look.dot}`} />
      {look.label}
    </p>
  );
}
