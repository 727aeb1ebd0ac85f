import type { InspectedEvent } from '../../../../../_lib/router-types';
import { ShownValue } from './shown-value';

type Row = InspectedEvent['rowsChanged'][number];

interface RowsChangedProps {
  rows: InspectedEvent['rowsChanged'];
  position: number;
  nameOf: (value: unknown) => string | undefined;
  className: string;
  headingClassName: string;
}

const kept: Record<Row['maintained'], string> = {
  inline: 'inline: written in the command’s own transaction',
  async: 'asynchronous: written by the runner after the commit',
};

/**
 * The rows each read model changed for the command's events, computed again for this page by running each read
 * model's own function on the project replayed to just before the command.
 */
export function RowsChanged({ rows, position, nameOf, className, headingClassName }: RowsChangedProps) {
  const byModel = new Map<string, Row[]>();
  for (const row of rows) byModel.set(row.readModel, [...(byModel.get(row.readModel) ?? []), row]);
  return (
    <section aria-labelledby="rows-heading" className={className}>
      <h3 id="rows-heading" className={headingClassName}>
        Rows it changed
      </h3>
      <p className="mb-3 text-sm text-stone-600">
        Computed now by each read model’s own function, on the project replayed to just before the command: the same
        code that changed the live tables then.
      </p>
      {rows.length === 0 ? <p className="text-sm text-stone-600">No read model handles these events.</p> : null}
      <div className="space-y-4">
        {[...byModel].map(([model, changes]) => (
          <section key={model} aria-label={`Read model ${model}`}>
            <h4 className="text-sm font-medium text-stone-900">
              Read model <span className="font-mono">{model}</span>{' '}
              <span className="font-normal text-stone-500">({kept[changes[0]!.maintained]})</span>
            </h4>
            <ul className="mt-1 space-y-2">
              {changes.map((row, i) => (
                <li key={i}>
                  <RowChange row={row} ofThisEvent={row.position === position} nameOf={nameOf} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

function RowChange({
  row,
  ofThisEvent,
  nameOf,
}: {
  row: Row;
  ofThisEvent: boolean;
  nameOf: (value: unknown) => string | undefined;
}) {
  const key = Object.entries(row.key)
    .map(([column, value]) => `${column} = ${String(value)}`)
    .join(', ');
  return (
    <div className="rounded-md border border-stone-200">
      <p className="border-b border-stone-200 bg-stone-50 px-3 py-1.5 text-xs text-stone-700">
        <span className="font-mono font-medium">{row.kind.toUpperCase()}</span>{' '}
        <span className="font-mono font-medium">{row.table}</span> <span className="font-mono break-all">{key}</span>
        {ofThisEvent ? null : <span className="text-stone-500"> · for {row.eventType}</span>}
      </p>
      {row.columns.length === 0 ? (
        <p className="px-3 py-1.5 text-xs text-stone-600">Written with the values it already held.</p>
      ) : (
        <table className="w-full table-fixed text-left text-xs">
          <thead className="text-stone-500">
            <tr>
              <th scope="col" className="w-1/4 px-3 py-1 font-medium">
                Column
              </th>
              <th scope="col" className="px-3 py-1 font-medium">
                Before
              </th>
              <th scope="col" className="px-3 py-1 font-medium">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {row.columns.map((column) => (
              <tr key={column.name} className="border-t border-stone-100 align-top">
                <th scope="row" className="px-3 py-1 font-mono font-normal break-all text-stone-700">
                  {column.name}
                </th>
                <td className="px-3 py-1">
                  <ShownValue value={column.before} nameOf={nameOf} />
                </td>
                <td className="px-3 py-1">
                  <ShownValue value={column.after} nameOf={nameOf} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
