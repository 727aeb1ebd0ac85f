import type { InspectedEvent } from '../../../../../_lib/router-types';

type Sources = NonNullable<NonNullable<InspectedEvent['command']>['sources']>;
type Range = Sources['handler'];

interface HandledByProps {
  sources: Sources;
  commandType: string;
  className: string;
  headingClassName: string;
}

const what: Record<Range['kind'], string> = {
  handler: 'Its entry in the handler table: the streams it locks and what its decider is told',
  case: 'The decider’s case for it',
  if: 'The decider’s branch for it',
  function: 'The function that branch hands it to',
};

/** The code that handled and decided the command: paths and lines generated from the code (npm run commands:sources). */
export function HandledBy({ sources, commandType, className, headingClassName }: HandledByProps) {
  return (
    <section aria-labelledby="handled-heading" className={className}>
      <h3 id="handled-heading" className={headingClassName}>
        Handled by
      </h3>
      <p className="mb-3 text-sm text-stone-600">
        The command path locked and folded the streams, then handed <span className="font-mono">{commandType}</span> and
        their state to a pure decider, which returned the events.
      </p>
      <ol className="space-y-2">
        {[sources.handler, ...sources.decider].map((range) => (
          <li key={`${range.file}:${range.from}`}>
            <SourceRange range={range} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SourceRange({ range }: { range: Range }) {
  const where = `${range.file}:${range.from}${range.to > range.from ? `–${range.to}` : ''}`;
  const label = (
    <>
      <span className="text-stone-600">
        {what[range.kind]}
        {range.name ? <span className="font-mono"> {range.name}</span> : null}
      </span>
      <br />
      <code className="font-mono text-xs break-all text-stone-900">{where}</code>
    </>
  );
  if (!range.code) return <div className="text-sm">{label}</div>;
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer rounded marker:text-stone-400">{label}</summary>
      <pre className="mt-1 overflow-x-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-100">
        <code>
          {range.code.split('\n').map((line, i) => (
            <span key={i} className="block">
              <span aria-hidden className="mr-3 inline-block w-8 text-right text-stone-500 select-none">
                {range.from + i}
              </span>
              {line}
            </span>
          ))}
        </code>
      </pre>
    </details>
  );
}
