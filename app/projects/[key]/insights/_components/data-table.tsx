interface DataTableProps {
  caption: string;
  columns: readonly string[];
  /** The first cell of each row names it (a day, a week). */
  rows: readonly (readonly [string, ...(string | number)[]])[];
}

/** The numbers behind a chart, for anyone who cannot or would rather not read it off the picture. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-w-full overflow-x-auto">
      <table className="min-w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-xs text-stone-500">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`px-2 py-1.5 font-medium ${i > 0 ? 'text-right' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map(([name, ...cells], r) => (
            <tr key={r}>
              <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap">
                {name}
              </th>
              {cells.map((cell, c) => (
                <td key={c} className="px-2 py-1 text-right">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
