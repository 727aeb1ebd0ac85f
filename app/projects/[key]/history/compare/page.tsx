import type { Metadata } from 'next';
import { connection } from 'next/server';
import { api, getQueryClient, HydrateClient, trpc } from '../../../../_trpc/server';
import { compareSearch } from '../../_lib/links';
import { loadProject } from '../../_lib/load-project';
import { ComparePresets } from '../_components/compare-presets';
import { CompareForm } from './_components/compare-form';
import { betweenInput, nextBetweenCursor } from './_components/between-query';
import { CompareEvents } from './_components/compare-events';
import { compareTitle, resolveComparison, shownEnds } from './_components/compare-points';
import { CompareView } from './_components/compare-view';

interface ComparePageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export async function generateMetadata({ params }: ComparePageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} changes` };
}

export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  await connection();
  const query = await searchParams;
  const [fromParam, toParam] = [single(query.from), single(query.to)];
  const project = await loadProject((await params).key, `/history/compare${compareSearch(fromParam, toParam)}`);
  // Presets are resolved here, once, and handed down: the browser then asks exactly what was prefetched.
  const { from, to } = resolveComparison(fromParam, toParam);
  const queryClient = getQueryClient();
  const [namedPoints, diff] = await Promise.all([
    (await api()).project.namedPoints({ projectId: project.id }),
    queryClient.query(trpc.history.diff.queryOptions({ projectId: project.id, from, to })),
  ]);
  const ends = shownEnds({ from: fromParam, to: toParam }, { from, to }, { from: diff.fromTime, to: diff.toTime });
  const fromPoint = toParam ? undefined : namedPoints.find((point) => String(point.position) === fromParam);
  // The changes in between are asked by the positions the diff resolved, so that both speak of the same two points.
  await queryClient.infiniteQuery(
    trpc.history.between.infiniteQueryOptions(betweenInput(project.id, diff.from, diff.to), {
      getNextPageParam: nextBetweenCursor,
    }),
  );

  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <div className="max-w-3xl">
        <h2 className="text-base font-semibold">
          {fromPoint ? `What changed since “${fromPoint.name}”` : compareTitle(fromParam, toParam)}
        </h2>
        <ComparePresets
          projectKey={project.key}
          current={toParam ? '' : (fromParam ?? 'yesterday')}
          namedPoints={namedPoints}
        />
        <CompareForm key={compareSearch(fromParam, toParam)} projectKey={project.key} {...ends} />
        <HydrateClient>
          <CompareView projectId={project.id} projectKey={project.key} from={from} to={to} />
          <CompareEvents projectId={project.id} projectKey={project.key} from={diff.from} to={diff.to} />
        </HydrateClient>
      </div>
    </main>
  );
}
