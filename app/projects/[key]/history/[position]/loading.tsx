export default function Loading() {
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="h-4 w-40 animate-pulse rounded bg-stone-200" />
      <div className="mt-4 h-7 w-2/3 max-w-xl animate-pulse rounded bg-stone-200" />
      <div className="mt-6 h-40 max-w-3xl animate-pulse rounded-lg bg-stone-200/70" />
    </main>
  );
}
