/** Shared by the page that prefetches the feed and the component that reads it: both must ask the same question. */
export const activityInput = (projectId: string) => ({ projectId, limit: 30 });
export const nextActivityCursor = (page: { nextCursor?: number }) => page.nextCursor;
