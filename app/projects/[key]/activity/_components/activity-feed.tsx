'use client';

import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { ActivityList } from '../../_components/activity/activity-list';
import { activityInput, nextActivityCursor } from './activity-query';
import { LoadMore } from '../../../../_components/ui/load-more';

export function ActivityFeed({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const feed = useSuspenseInfiniteQuery(
    trpc.history.list.infiniteQueryOptions(activityInput(projectId), { getNextPageParam: nextActivityCursor }),
  );
  const entries = feed.data.pages.flatMap((page) => page.items);

  if (entries.length === 0) return <p className="mt-4 text-sm text-stone-500">Nothing has happened here yet.</p>;
  return (
    <>
      <ActivityList projectId={projectId} entries={entries} label="Activity, newest first" />
      <LoadMore feed={feed} className="mt-4" />
    </>
  );
}
