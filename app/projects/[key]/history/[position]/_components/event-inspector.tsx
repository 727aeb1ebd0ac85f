'use client';

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import { ExactTime } from '../../../../../_components/ui/exact-time';
import { RelativeTime } from '../../../../../_components/ui/relative-time';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { ActivitySentence } from '../../../_components/activity/activity-sentence';
import { reservedNumberText } from '../../../_components/activity/activity-words';
import { boardHref, historyHref } from '../../../_lib/links';
import { useMembers } from '../../../_lib/use-members';
import { ChangeList } from '../../_components/change-list';
import { HowThisWorks } from '../../../../../_components/how-this-works';
import { AppendWrites } from './append-writes';
import { CommandEvents } from './command-events';
import { CommandSection } from './command-section';
import { EventFacts } from './event-facts';
import { HandledBy } from './handled-by';
import { nameForId } from './id-names';
import { NeighbourLinks } from './neighbour-links';
import { RowsChanged } from './rows-changed';

const section = 'rounded-lg border border-stone-200 bg-white p-4';
const heading = 'mb-2 text-sm font-semibold text-stone-900';

/**
 * Everything about one event, in the order a click travels: what it changed on the board, the command that recorded
 * it and the code that handled and decided it, every event the command recorded, the rows each read model changed,
 * and the event as the log stores it.
 */
export function EventInspector({
  projectId,
  projectKey,
  position,
}: {
  projectId: string;
  projectKey: string;
  position: number;
}) {
  const trpc = useTRPC();
  const people = useMembers(projectId);
  const { data } = useSuspenseQuery(trpc.history.event.queryOptions({ projectId, position }));
  const { data: span } = useQuery(trpc.history.span.queryOptions({ projectId }));
  const { event, step, activity, commandEvents, changes, command } = data;
  const nameOf = nameForId(data.names, people);

  return (
    <div className="max-w-3xl">
      <nav aria-label="Events" className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link href={historyHref(projectKey)} className="rounded text-stone-500 hover:text-stone-900 hover:underline">
          ← History
        </Link>
        <NeighbourLinks projectKey={projectKey} previous={data.previous} next={data.next} />
      </nav>

      <h2 className="mt-3 text-xl font-semibold tracking-tight break-words">
        Step {step}
        {span ? ` of ${span.count}` : ''} in this project: <span className="font-mono text-lg">{event.type}</span>
      </h2>
      <p className="text-sm text-stone-500">Position {position} in the whole log</p>
      <p className="mt-1 text-sm break-words text-stone-700">
        {activity ? (
          <ActivitySentence entry={activity} people={people} at={position} />
        ) : (
          reservedNumberText(people.nameOf(event.metadata.actorId))
        )}
        <span className="text-stone-500">
          {' · '}
          <RelativeTime date={event.recordedAt} />, <ExactTime date={event.recordedAt} />
        </span>
      </p>
      <Link href={boardHref(projectKey, position)} className={`mt-3 ${buttonStyles.primary}`}>
        View board as of this event
      </Link>

      <HowThisWorks className="mt-4" />

      <div className="mt-6 space-y-4">
        <section aria-labelledby="changes-heading" className={section}>
          <h3 id="changes-heading" className={heading}>
            What it changed
          </h3>
          <ChangeList diff={changes} projectId={projectId} projectKey={projectKey} at={position} />
        </section>
        <CommandSection command={command} nameOf={nameOf} className={section} headingClassName={heading} />
        {command?.type && command.sources ? (
          <HandledBy
            sources={command.sources}
            commandType={command.type}
            className={section}
            headingClassName={heading}
          />
        ) : null}
        <CommandEvents
          events={commandEvents}
          position={position}
          projectKey={projectKey}
          className={section}
          headingClassName={heading}
        />
        {data.appendWrites ? (
          <AppendWrites
            writes={data.appendWrites}
            command={command}
            eventCount={commandEvents.length}
            className={section}
            headingClassName={heading}
          />
        ) : null}
        <RowsChanged
          rows={data.rowsChanged}
          position={position}
          nameOf={nameOf}
          className={section}
          headingClassName={heading}
        />
        <EventFacts
          projectId={projectId}
          event={event}
          step={step}
          count={span?.count}
          className={section}
          headingClassName={heading}
        />
        <section aria-labelledby="data-heading" className={section}>
          <h3 id="data-heading" className={heading}>
            Data
          </h3>
          <pre className="overflow-x-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-100">
            <code>{JSON.stringify(event.data, null, 2)}</code>
          </pre>
        </section>
      </div>
    </div>
  );
}
