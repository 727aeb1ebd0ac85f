import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../../_trpc/server';
import { parsePosition } from '../_lib/links';
import { loadProject } from '../_lib/load-project';
import { Insights } from './_components/insights';
import { asOfInput, insightsInput } from './_components/insights-query';

interface InsightsPageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ at?: string | string[] }>;
}

export async function generateMetadata({ params }: InsightsPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} insights` };
}

export default async function InsightsPage({ params, searchParams }: InsightsPageProps) {
  await connection();
  // As on the board: an address without a usable position shows the live figures.
  const at = parsePosition((await searchParams).at);
  const project = await loadProject((await params).key, at === null ? '/insights' : `/insights?at=${at}`);

  const queryClient = getQueryClient();
  const [insights] = await Promise.all([
    queryClient.query(trpc.insights.get.queryOptions(insightsInput(project.id, at))),
    at === null ? null : queryClient.query(trpc.history.list.queryOptions(asOfInput(project.id, at))),
  ]);
  // Only a project whose insights are still being built shows how far behind they are.
  if (!insights.ready) await queryClient.query(trpc.insights.projections.queryOptions());

  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <h2 className="text-base font-semibold">Insights</h2>
      <HydrateClient>
        <Insights projectId={project.id} projectKey={project.key} at={at} />
      </HydrateClient>
    </main>
  );
}
