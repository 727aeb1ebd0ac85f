export function ListSkeleton() {
  return (
    <div aria-busy="true" className="space-y-4 py-4">
      <p className="sr-only">Loading…</p>
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className="space-y-2">
          <div className="h-4 w-3/4 animate-pulse rounded bg-stone-200/70" />
          <div className="h-3 w-1/3 animate-pulse rounded bg-stone-200/70" />
        </div>
      ))}
    </div>
  );
}
