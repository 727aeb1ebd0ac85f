'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '../../_trpc/client';
import { RelativeTime } from '../../_components/ui/relative-time';
import { projectionRows, type ProjectionRow } from './projection-rows';

/** The runners work every second: every two seconds shows them moving without flooding the server. */
const REFETCH_MS = 2_000;
const number = new Intl.NumberFormat('en');

const stateTone: Record<ProjectionRow['state'], string> = {
  active: 'bg-green-100 text-green-800',
  building: 'bg-amber-100 text-amber-800',
  retired: 'bg-stone-100 text-stone-600',
  'not started': 'bg-stone-100 text-stone-600',
};

const columns = ['Projection', 'Kind', 'Build', 'Code version', 'State', 'Checkpoint', 'Lag (events)', 'Updated'];

export function ProjectionTable() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.insights.projections.queryOptions(undefined, { refetchInterval: REFETCH_MS }));
  const rows = projectionRows(data);

  return (
    <>
      <p className="mt-6 text-sm text-stone-600">
        The event log ends at position <span className="font-medium tabular-nums">{number.format(data.head)}</span>.
      </p>
      <div
        role="region"
        aria-label="Projections"
        tabIndex={0}
        className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white"
      >
        <table className="min-w-full text-left text-sm whitespace-nowrap tabular-nums">
          <caption className="sr-only">Every projection with its build, checkpoint and lag behind the log</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((row) => (
              <ProjectionTableRow key={row.key} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ProjectionTableRow({ row }: { row: ProjectionRow }) {
  const outdated = row.codeVersion !== null && row.codeVersion !== row.currentCodeVersion;
  return (
    <tr>
      <th scope="row" className="px-3 py-2 font-mono font-medium">
        {row.name}
      </th>
      <td className="px-3 py-2">{row.kind}</td>
      <td className="px-3 py-2">{row.build ?? '—'}</td>
      <td className="px-3 py-2">
        {row.codeVersion ?? '—'}
        {outdated && <span className="ml-1 text-xs text-amber-800">(running code: {row.currentCodeVersion})</span>}
      </td>
      <td className="px-3 py-2">
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${stateTone[row.state]}`}>{row.state}</span>
      </td>
      <td className="px-3 py-2">{row.position === null ? '—' : number.format(row.position)}</td>
      <td className={`px-3 py-2 ${row.lag ? 'font-medium text-amber-800' : ''}`}>
        {row.lag === null ? '—' : number.format(row.lag)}
      </td>
      <td className="px-3 py-2 text-stone-600">{row.updatedAt ? <RelativeTime date={row.updatedAt} /> : '—'}</td>
    </tr>
  );
}
