export default function Loading() {
  return (
    <main className="flex gap-3 overflow-hidden px-4 pt-4 sm:px-6" aria-busy="true">
      <p className="sr-only">Loading…</p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-64 w-[85vw] max-w-80 shrink-0 animate-pulse rounded-xl bg-stone-200/70 sm:w-72" />
      ))}
    </main>
  );
}
