'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import { linkStyles } from '../../../../../_components/ui/styles';
import { historyHref } from '../../../_lib/links';
import { ActivityList } from '../../../_components/activity/activity-list';
import { TASK_HISTORY_SHOWN, taskHistoryInput } from './task-query';
import { changesText, TextChangeDetail } from './text-change-detail';
import type { TaskRef } from './use-task-command';

/** The task's latest changes; as of a point, only those made by then. */
export function TaskHistory({ task, projectKey, at }: { task: TaskRef; projectKey: string; at: number | null }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.history.list.queryOptions(taskHistoryInput(task.projectId, task.id, at)));
  if (!data || data.items.length === 0) return null;
  return (
    <section aria-labelledby="task-history-heading" className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="task-history-heading" className="text-base font-semibold">
          History
        </h2>
        <Link href={historyHref(projectKey, `?task=${task.number}`)} className={linkStyles}>
          Full history
        </Link>
      </div>
      <ActivityList
        projectId={task.projectId}
        entries={data.items}
        label={`History of ${projectKey}-${task.number}`}
        at={at ?? undefined}
        detail={(entry) => changesText(entry) && <TextChangeDetail taskId={task.id} entry={entry} />}
      />
      {data.nextCursor !== undefined && (
        <p className="mt-2 text-sm text-stone-500">
          Only the latest {TASK_HISTORY_SHOWN} changes are shown; the full history has them all.
        </p>
      )}
    </section>
  );
}
