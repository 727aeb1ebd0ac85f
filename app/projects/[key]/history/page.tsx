import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { api, getQueryClient, HydrateClient, queryUnlessNotFound, trpc } from '../../../_trpc/server';
import { linkStyles } from '../../../_components/ui/styles';
import { deletedHref } from '../_lib/links';
import { loadProject } from '../_lib/load-project';
import { ComparePresets } from './_components/compare-presets';
import { HistoryTimeline } from './_components/history-timeline';
import { NamedPointsList } from './_components/named-points-list';
import { filtersSearch, historyInput, nextHistoryCursor, readFilters } from './_components/history-query';

interface HistoryPageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: HistoryPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} history` };
}

export default async function HistoryPage({ params, searchParams }: HistoryPageProps) {
  await connection();
  const query = await searchParams;
  const filters = readFilters((name) => {
    const value = query[name];
    return typeof value === 'string' ? value : undefined;
  });
  const project = await loadProject((await params).key, `/history${filtersSearch(filters)}`);
  const queryClient = getQueryClient();
  // A task number the project never had is said so by the timeline itself.
  const taskInput = filters.task ? { key: project.key, number: filters.task } : null;
  const task = taskInput
    ? await queryUnlessNotFound(trpc.task.getByNumber.queryKey(taskInput), async () =>
        (await api()).task.getByNumber(taskInput),
      )
    : undefined;
  const taskId = task?.task.id;
  const [namedPoints] = await Promise.all([
    queryClient.query(trpc.project.namedPoints.queryOptions({ projectId: project.id })),
    // The task filter offers the tasks on the board and the deleted ones.
    queryClient.query(trpc.board.get.queryOptions({ projectId: project.id })),
    queryClient.query(trpc.task.listDeleted.queryOptions({ projectId: project.id })),
    task !== null &&
      queryClient.infiniteQuery(
        trpc.history.list.infiniteQueryOptions(historyInput(project.id, filters, taskId), {
          getNextPageParam: nextHistoryCursor,
        }),
      ),
  ]);
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <div className="flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h2 className="text-base font-semibold">History</h2>
        <ComparePresets projectKey={project.key} namedPoints={namedPoints} />
      </div>
      <p className="mt-1 max-w-3xl text-sm text-stone-600">
        Every change to the project, newest first. Open the board as it stood after any of them, or inspect the event
        itself. Tasks taken off the board are listed under{' '}
        <Link href={deletedHref(project.key)} className={linkStyles}>
          Deleted tasks
        </Link>
        .
      </p>
      <div className="mt-4 max-w-3xl space-y-4">
        <HydrateClient>
          <NamedPointsList projectId={project.id} projectKey={project.key} />
          <HistoryTimeline projectId={project.id} projectKey={project.key} />
        </HydrateClient>
      </div>
    </main>
  );
}
