/**
 * Shared by the page that prefetches and the components that read: both must ask the same question. `at` is a global
 * event position, as in the board's `?at=` address.
 */
export const insightsInput = (projectId: string, at: number | null) =>
  at === null ? { projectId } : { projectId, at: { position: at } };

/** The newest timeline entry at `at`: its time is the moment the metrics stand at. */
export const asOfInput = (projectId: string, at: number) => ({ projectId, at: { position: at }, limit: 1 });

/** While the first build of the insights catches up with the log, ask again every two seconds. */
export const BUILDING_REFETCH_MS = 2_000;
