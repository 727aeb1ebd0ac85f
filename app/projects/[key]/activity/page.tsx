import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../../_trpc/server';
import { loadProject } from '../_lib/load-project';
import { ActivityFeed } from './_components/activity-feed';
import { activityInput, nextActivityCursor } from './_components/activity-query';

interface ActivityPageProps {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: ActivityPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} activity` };
}

export default async function ActivityPage({ params }: ActivityPageProps) {
  await connection();
  const project = await loadProject((await params).key, '/activity');
  await getQueryClient().infiniteQuery(
    trpc.history.list.infiniteQueryOptions(activityInput(project.id), { getNextPageParam: nextActivityCursor }),
  );
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <h2 className="text-base font-semibold">Activity</h2>
      <div className="mt-2 max-w-3xl rounded-lg border border-stone-200 bg-white px-4">
        <HydrateClient>
          <ActivityFeed projectId={project.id} />
        </HydrateClient>
      </div>
    </main>
  );
}
