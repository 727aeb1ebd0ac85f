import type { InspectedEvent } from '../../../../../_lib/router-types';

interface AppendWritesProps {
  writes: NonNullable<InspectedEvent['appendWrites']>;
  command: InspectedEvent['command'];
  eventCount: number;
  className: string;
  headingClassName: string;
}

const mono = 'font-mono text-xs break-all';

/** The event store's own writes for the command: one statement, committed with the read models' rows. */
export function AppendWrites({ writes, command, eventCount, className, headingClassName }: AppendWritesProps) {
  return (
    <section aria-labelledby="append-heading" className={className}>
      <h3 id="append-heading" className={headingClassName}>
        What the append wrote
      </h3>
      <p className="mb-3 text-sm text-stone-600">
        One statement, the function <span className="font-mono">chronicle_write</span> (migration 0008, restated by
        0010), called by <span className="font-mono">writeAppend</span> in{' '}
        <span className="font-mono">server/event-store/append.ts</span>; then one COMMIT for all of it and the rows
        below.
      </p>
      <ul className="space-y-1.5 text-sm text-stone-800">
        {writes.streams.map((stream) => (
          <li key={stream.id}>
            <span className="font-mono text-xs font-medium">UPDATE streams</span>{' '}
            <span className={mono}>{stream.id}</span>: version {stream.before} → {stream.after}
            {stream.before > 0 ? ' (refused if another command had moved it on)' : ' (a new stream)'}
          </li>
        ))}
        <li>
          <span className="font-mono text-xs font-medium">UPDATE event_position</span>: {writes.counter.before} →{' '}
          {writes.counter.after}, held until the commit so that positions appear in commit order
        </li>
        <li>
          <span className="font-mono text-xs font-medium">INSERT events</span>: {eventCount}{' '}
          {eventCount === 1 ? 'row' : 'rows'}, the events listed above
        </li>
        {command ? (
          <li>
            <span className="font-mono text-xs font-medium">INSERT processed_commands</span>: the command, its procedure
            and its answer, under its sender and command id, so that sending it again returns that answer
          </li>
        ) : null}
        <li>
          <span className="font-mono text-xs font-medium">NOTIFY {writes.notify.channel}</span>{' '}
          <span className={mono}>{writes.notify.payload}</span>, delivered at commit: the live boards and the
          asynchronous read models wake up
        </li>
      </ul>
    </section>
  );
}
