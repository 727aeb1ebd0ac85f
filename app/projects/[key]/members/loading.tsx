export default function Loading() {
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="mt-2 max-w-3xl space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-stone-200/70" />
        ))}
      </div>
    </main>
  );
}
