import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

export type InboxNotification = inferRouterOutputs<AppRouter>['inbox']['list']['notifications'][number];

/** What a notification says, after the task it links to. */
export function whatHappened(n: InboxNotification): string {
  const who = n.actorName ?? 'A former member';
  switch (n.kind) {
    case 'assigned':
      return `${who} assigned it to you`;
    case 'commented':
      return `${who} commented on it; it is assigned to you`;
    case 'mentioned':
      return `${who} mentioned you`;
    case 'due':
      return 'It is due tomorrow';
  }
}
