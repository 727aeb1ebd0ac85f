'use client';

import { errorMessage } from '../../_lib/error-message';
import { Alert } from './alert';
import { buttonStyles } from './styles';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** The end of a paged list: a button for the next page, and why it failed if it did. */
export function LoadMore({ feed, className }: { feed: PagedQuery; className: string }) {
  return (
    <>
      {feed.hasNextPage && (
        <div className={`${className} flex justify-center`}>
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
      {feed.isFetchNextPageError && <Alert className="mb-4 mt-3">{errorMessage(feed.error)}</Alert>}
    </>
  );
}
