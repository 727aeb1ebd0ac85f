/** Which colour is which status; decorative for a screen reader, which has the summary and the table instead. */
export function ChartLegend({ items }: { items: readonly { name: string; color: string }[] }) {
  return (
    <ul aria-hidden="true" className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
      {items.map((item, i) => (
        <li key={i} className="flex items-center gap-1.5">
          <span className="size-3 rounded-sm" style={{ backgroundColor: item.color }} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
