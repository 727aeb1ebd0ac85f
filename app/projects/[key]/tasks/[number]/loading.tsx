export default function Loading() {
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      <div className="h-4 w-32 animate-pulse rounded bg-stone-200" />
      <div className="mt-4 h-8 w-2/3 animate-pulse rounded bg-stone-200" />
      <div className="mt-6 h-28 animate-pulse rounded-md bg-stone-200/70" />
    </main>
  );
}
