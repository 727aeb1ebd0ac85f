'use client';

import type { InspectedEvent } from '../../../../../_lib/router-types';
import { ExactTime } from '../../../../../_components/ui/exact-time';
import { ShownValue } from './shown-value';

interface CommandSectionProps {
  command: InspectedEvent['command'];
  nameOf: (value: unknown) => string | undefined;
  className: string;
  headingClassName: string;
}

/** The command that recorded the event, as its decider was given it, and the tRPC procedure it came through. */
export function CommandSection({ command, nameOf, className, headingClassName }: CommandSectionProps) {
  const fields = Object.entries(command?.payload ?? {}).filter(([field]) => field !== 'type');
  return (
    <section aria-labelledby="command-kept-heading" className={className}>
      <h3 id="command-kept-heading" className={headingClassName}>
        Command
      </h3>
      {!command?.type ? (
        <p className="text-sm text-stone-600">
          This event was recorded before Chronicle kept its commands: only its events tell what was asked.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-700">
            <span className="font-mono font-medium text-stone-900">{command.type}</span>,{' '}
            <SentThrough procedure={command.procedure} /> and decided <ExactTime date={command.recordedAt} />.
          </p>
          <p className="mt-2 text-sm text-stone-700">
            Command id <span className="font-mono text-xs break-all">{command.commandId}</span>, made by its sender for
            this one action.
          </p>
          <Fields
            title="As sent"
            fields={fields.filter(([field]) => command.sentFields.includes(field))}
            nameOf={nameOf}
          />
          <Fields
            title="Added by the handler before the decider saw it"
            fields={fields.filter(([field]) => !command.sentFields.includes(field))}
            nameOf={nameOf}
          />
        </>
      )}
    </section>
  );
}

const TOOL = 'tool:';

/** A procedure of the API, or a script of the project's own (the demo seed, the load run) that ran the command path. */
function SentThrough({ procedure }: { procedure: string }) {
  const mono = 'font-mono font-medium text-stone-900';
  if (procedure.startsWith(TOOL))
    return (
      <>
        sent by the script <span className={mono}>{procedure.slice(TOOL.length)}</span> straight to the command path (a
        person’s click comes through a tRPC mutation instead)
      </>
    );
  return (
    <>
      sent through the tRPC mutation <span className={mono}>{procedure}</span>
    </>
  );
}

function Fields({
  title,
  fields,
  nameOf,
}: {
  title: string;
  fields: [string, unknown][];
  nameOf: (value: unknown) => string | undefined;
}) {
  if (fields.length === 0) return null;
  return (
    <>
      <h4 className="mt-3 text-xs font-medium text-stone-500">{title}</h4>
      <dl aria-label={title} className="mt-1 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        {fields.map(([field, value]) => (
          <div key={field} className="contents">
            <dt className="font-mono text-xs text-stone-500">{field}</dt>
            <dd className="mb-1 min-w-0 sm:mb-0">
              <ShownValue value={value} nameOf={nameOf} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
