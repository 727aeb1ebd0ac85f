import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">There is nothing at this address. It may have been mistyped.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-indigo-700 underline underline-offset-4">
        Back to projects
      </Link>
    </main>
  );
}
