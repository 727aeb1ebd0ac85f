/** Shared by the page that prefetches the changes of a comparison and the list that shows them: the same question. */
export const betweenInput = (projectId: string, from: number, to: number) => ({
  projectId,
  from: { position: from },
  to: { position: to },
  limit: 20,
});

export const nextBetweenCursor = (page: { nextCursor?: number }) => page.nextCursor;
