import Link from 'next/link';
import type { InspectedEvent } from '../../../../../_lib/router-types';
import { eventHref } from '../../../_lib/links';

interface CommandEventsProps {
  events: InspectedEvent['commandEvents'];
  position: number;
  projectKey: string;
  className: string;
  headingClassName: string;
}

/** Everything the same command recorded: creating a task, for one, reserves its number in the project's stream too. */
export function CommandEvents({ events, position, projectKey, className, headingClassName }: CommandEventsProps) {
  return (
    <section aria-labelledby="command-heading" className={className}>
      <h3 id="command-heading" className={headingClassName}>
        Events it recorded
      </h3>
      {events.length <= 1 ? (
        <p className="text-sm text-stone-600">The command recorded this event alone.</p>
      ) : (
        <ol className="space-y-1 text-sm">
          {events.map((event) => (
            <li key={event.position} className="flex flex-wrap items-baseline gap-x-2">
              {event.position === position ? (
                <span aria-current="page" className="font-mono font-medium">
                  {event.type} (this event)
                </span>
              ) : (
                <Link
                  href={eventHref(projectKey, event.position)}
                  className="font-mono font-medium text-indigo-700 hover:underline"
                >
                  {event.type}
                </Link>
              )}
              <span className="text-xs text-stone-500">
                position {event.position}, {event.streamId.startsWith('task-') ? 'task' : 'project'} stream version{' '}
                {event.streamVersion}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
