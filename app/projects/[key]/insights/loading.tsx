export default function Loading() {
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="mt-6 grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-stone-200/70" />
        ))}
      </div>
      <div className="mt-4 h-80 animate-pulse rounded-lg bg-stone-200/70" />
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {[0, 1].map((i) => (
          <div key={i} className="h-80 animate-pulse rounded-lg bg-stone-200/70" />
        ))}
      </div>
    </main>
  );
}
