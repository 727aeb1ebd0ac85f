export default function Loading() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="h-8 w-48 animate-pulse rounded bg-stone-200/70" />
      <div className="mt-6 space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-stone-200/70" />
        ))}
      </div>
    </main>
  );
}
