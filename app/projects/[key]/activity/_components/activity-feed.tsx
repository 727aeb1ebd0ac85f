'use client';

import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';
import { ActivityList } from '../../_components/activity-list';
import { activityInput, nextActivityCursor } from './activity-query';

export function ActivityFeed({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const feed = useSuspenseInfiniteQuery(
    trpc.history.list.infiniteQueryOptions(activityInput(projectId), { getNextPageParam: nextActivityCursor }),
  );
  const entries = feed.data.pages.flatMap((page) => page.items);

  if (entries.length === 0) return <p className="mt-4 text-sm text-stone-500">Nothing has happened here yet.</p>;
  return (
    <>
      <ActivityList entries={entries} label="Activity, newest first" />
      {feed.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <button
            type="button"
            disabled={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
            className={buttonStyles.secondary}
          >
            {feed.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      {feed.isFetchNextPageError && <Alert className="mt-3">{errorMessage(feed.error)}</Alert>}
    </>
  );
}
