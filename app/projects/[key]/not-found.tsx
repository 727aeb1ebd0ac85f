import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">This project has nothing at this address.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-indigo-700 underline underline-offset-4">
        Back to projects
      </Link>
    </main>
  );
}
