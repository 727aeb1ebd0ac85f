'use client';

import type { InspectedEvent } from '../../../../../_lib/router-types';
import { ExactTime } from '../../../../../_components/ui/exact-time';
import { useMembers } from '../../../_lib/use-members';

interface EventFactsProps {
  projectId: string;
  event: InspectedEvent['event'];
  step: number;
  count: number | undefined;
  className: string;
  headingClassName: string;
}

const id = 'font-mono text-xs break-all';

/** The event as the log stores it: where, when, by whom and as part of which command. */
export function EventFacts({ projectId, event, step, count, className, headingClassName }: EventFactsProps) {
  const people = useMembers(projectId);
  const facts: [string, React.ReactNode][] = [
    ['Type', <span className="font-mono">{event.type}</span>],
    ['Schema version', event.schemaVersion],
    ['Stream', <span className={id}>{event.streamId}</span>],
    ['Stream version', event.streamVersion],
    ['Position', `${event.position} (in the whole log)`],
    ['Step', `${step}${count ? ` of ${count}` : ''} (in this project)`],
    ['Recorded', <ExactTime date={event.recordedAt} />],
  ];
  const metadata: [string, React.ReactNode][] = [
    [
      'Actor',
      <>
        {people.nameOf(event.metadata.actorId)} <span className={`${id} text-stone-500`}>{event.metadata.actorId}</span>
      </>,
    ],
    ['Command', <span className={id}>{event.metadata.commandId}</span>],
    ['Correlation', <span className={id}>{event.metadata.correlationId}</span>],
    ['Causation', <span className={id}>{event.metadata.causationId}</span>],
  ];
  return (
    <>
      <FactList title="Event" rows={facts} className={className} headingClassName={headingClassName} />
      <FactList title="Metadata" rows={metadata} className={className} headingClassName={headingClassName} />
    </>
  );
}

function FactList({
  title,
  rows,
  className,
  headingClassName,
}: {
  title: string;
  rows: [string, React.ReactNode][];
  className: string;
  headingClassName: string;
}) {
  return (
    <section aria-label={title} className={className}>
      <h3 className={headingClassName}>{title}</h3>
      <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-stone-500">{term}</dt>
            <dd className="mb-1 min-w-0 text-stone-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
