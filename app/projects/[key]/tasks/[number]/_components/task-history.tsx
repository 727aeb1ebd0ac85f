'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../../_trpc/client';
import { ActivityList } from '../../../_components/activity-list';
import type { TaskRef } from './use-task-command';

const SHOWN = 20;

export function TaskHistory({ task, projectKey }: { task: TaskRef; projectKey: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.history.list.queryOptions({ projectId: task.projectId, taskId: task.id, limit: SHOWN }),
  );
  if (!data || data.items.length === 0) return null;
  return (
    <section aria-labelledby="task-history-heading" className="mt-10">
      <h2 id="task-history-heading" className="text-base font-semibold">
        History
      </h2>
      <ActivityList entries={data.items} label={`History of ${projectKey}-${task.number}`} />
      {data.nextCursor !== undefined && (
        <p className="mt-2 text-sm text-stone-500">
          Only the latest {SHOWN} changes are shown; the project’s activity has them all.
        </p>
      )}
    </section>
  );
}
