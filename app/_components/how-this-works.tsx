'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';

const REMEMBERED = 'chronicle.how-this-works';

/** Each word of event sourcing the app shows, in two lines, with the part of the guide (the README) that says more. */
export const terms: { term: string; says: string; section: string }[] = [
  {
    term: 'Command',
    says: 'A request to change something ("move this card to Done"), sent as a tRPC mutation. It may be refused; if accepted it becomes events.',
    section: 'how-a-command-is-handled',
  },
  {
    term: 'Decider',
    says: 'A pure function in domain/: given a command and the current state, it returns the events, or refuses. No clock, no database.',
    section: 'how-a-command-is-handled',
  },
  {
    term: 'Event',
    says: 'A fact that happened ("TaskMoved"), appended to the log and never changed. The events are the truth; everything else is derived.',
    section: 'glossary',
  },
  {
    term: 'Stream',
    says: 'The events of one thing, a project or a task, each with its version. A command is decided on the versions it read; if one moved on meanwhile, it is decided again.',
    section: 'stream-boundaries',
  },
  {
    term: 'Position',
    says: 'The number of an event in the whole log, across projects: links such as ?at= use it. A step is its place in one project.',
    section: 'global-order',
  },
  {
    term: 'Projection',
    says: 'A read model: code that turns events into the tables the pages read. Inline ones commit with the events; async ones follow.',
    section: 'projections-inline-and-asynchronous',
  },
  {
    term: 'Checkpoint',
    says: 'A saved state of a replay every few hundred events, so that the board as of any point folds only the events after it.',
    section: 'time-travel',
  },
];

// Every panel on screen (and other tabs, through the storage event) follows the one that was toggled.
const changed = new Set<() => void>();
function subscribe(listener: () => void) {
  changed.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    changed.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A short explanation of the machinery on screen; closed until a person opens it, and remembered in this browser. */
export function HowThisWorks({ className = '' }: { className?: string }) {
  const open = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(REMEMBERED) === 'open',
    () => false,
  );
  return (
    <details
      open={open}
      onToggle={(event) => {
        const nowOpen = event.currentTarget.open;
        if (nowOpen === open) return;
        localStorage.setItem(REMEMBERED, nowOpen ? 'open' : 'closed');
        changed.forEach((listener) => {
          listener();
        });
      }}
      className={`rounded-lg border border-indigo-100 bg-indigo-50/60 text-sm ${className}`}
    >
      <summary className="cursor-pointer rounded-lg px-4 py-2 font-medium text-indigo-900">How this works</summary>
      <p className="px-4 pb-3 text-stone-700">
        To see the whole path of one click, from the browser to the rows it changed, read{' '}
        <Link href="/guide#follow-one-click" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Follow one click
        </Link>{' '}
        and open any change in History with “Inspect event”.
      </p>
      <dl className="grid gap-x-4 gap-y-2 px-4 pb-4 sm:grid-cols-[7rem_minmax(0,1fr)]">
        {terms.map(({ term, says, section }) => (
          <div key={term} className="contents">
            <dt className="font-medium text-stone-900">{term}</dt>
            <dd className="text-stone-700">
              {says}{' '}
              <Link href={`/guide#${section}`} className="text-indigo-700 underline-offset-2 hover:underline">
                More in the guide<span className="sr-only"> about {term.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
