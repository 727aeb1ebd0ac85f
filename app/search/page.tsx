import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { TRPCError } from '@trpc/server';
import { api } from '../_trpc/server';
import { SearchResultsList } from './_components/search-results-list';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  await connection();
  const { q: given } = await searchParams;
  const q = (typeof given === 'string' ? given : Array.isArray(given) ? String(given[0] ?? '') : '').trim();
  const answer = q ? await searchFor(q) : null;
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">{q ? `Search results for “${q}”` : 'Search'}</h1>
      {!q && <p className="mt-4 text-stone-600">Type in the search box above, or press / anywhere to go there.</p>}
      {answer?.refused && (
        <p role="alert" className="mt-4 text-red-700">
          {answer.refused}
        </p>
      )}
      {answer?.results && <SearchResultsList results={answer.results} />}
      <p className="mt-8 text-sm text-stone-500">
        <Link href="/" className="underline underline-offset-4 hover:text-stone-900">
          Back to projects
        </Link>
      </p>
    </main>
  );
}

async function searchFor(q: string) {
  try {
    return { results: await (await api()).search.query({ q, limit: 50 }), refused: null };
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
      return { results: null, refused: 'That search cannot be run: use at most 200 characters of ordinary text.' };
    throw error;
  }
}
