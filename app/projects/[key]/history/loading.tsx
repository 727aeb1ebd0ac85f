import { ListSkeleton } from './_components/list-skeleton';

export default function Loading() {
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <div className="mt-2 max-w-3xl rounded-lg border border-stone-200 bg-white px-4">
        <ListSkeleton />
      </div>
    </main>
  );
}
