export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-2xl font-semibold">No such task</h1>
      <p className="mt-2 text-stone-600">
        This project has no task with that number. The board above shows the ones it has.
      </p>
    </main>
  );
}
