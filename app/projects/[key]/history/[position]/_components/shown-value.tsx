/** A value of a command or a row, as text: an id with its name beside it, a date as ISO, absence as a dash. */
export function ShownValue({ value, nameOf }: { value: unknown; nameOf: (value: unknown) => string | undefined }) {
  if (value === undefined) return <span className="text-stone-400">—</span>;
  const name = nameOf(value);
  return (
    <>
      <span className="font-mono text-xs break-all">{asText(value)}</span>
      {name ? <span className="ml-1.5 text-stone-600">({name})</span> : null}
    </>
  );
}

function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value);
}
