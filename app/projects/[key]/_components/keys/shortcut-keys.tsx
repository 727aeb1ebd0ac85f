/** A shortcut's keys as chips; screen readers hear them joined by "plus". */
export function ShortcutKeys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-1">
      {keys.map((key, i) => (
        <span key={key} className="inline-flex items-center gap-1">
          {i > 0 && <span className="sr-only">plus</span>}
          <kbd className="min-w-6 rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 text-center font-sans text-xs text-stone-700">
            {key}
          </kbd>
        </span>
      ))}
    </span>
  );
}
