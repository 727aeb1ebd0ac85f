import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../_trpc/server';
import { ProjectionTable } from './_components/projection-table';

export const metadata: Metadata = { title: 'Projections' };

export default async function ProjectionsPage() {
  await connection();
  await getQueryClient().query(trpc.insights.projections.queryOptions());
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Projections</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">
        The read models built from the event log. Inline projections are written in the same transaction as the events
        they follow, so they are never behind; asynchronous ones catch up in the background, and a new build of one is
        made beside the active build and replaces it once it has caught up.
      </p>
      <HydrateClient>
        <ProjectionTable />
      </HydrateClient>
    </main>
  );
}
