import type { StatusCategory } from '@/domain/vocabulary';

/** What each category means on a board, in the words the settings show; Insights counts tasks by it. */
export const CATEGORY_LABELS: Record<StatusCategory, string> = {
  backlog: 'Backlog',
  unstarted: 'Not started',
  started: 'Started',
  completed: 'Completed',
  canceled: 'Canceled',
};
