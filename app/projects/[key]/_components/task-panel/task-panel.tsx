'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Suspense, useEffect } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { PastTaskBanner } from '../../tasks/[number]/_components/past-task-banner';
import { taskInput } from '../../tasks/[number]/_components/task-query';
import { LabelsThen } from '../../_lib/labels-then';
import { useCan } from '../../_lib/use-can';
import { useBoardKeys } from '../keys/board-keys';
import { focusCard } from '../keys/card-dom';
import { PanelSkeleton, TaskPanelFrame, type PanelHeading } from './task-panel-frame';
import { TaskPanelContent } from './task-panel-content';

/**
 * The task opened from the board, in the panel of the intercepting route. Its heading comes from the board's card
 * until the task itself is read; Escape or the close button go back, to the board the panel was opened over.
 */
export function TaskPanel({
  projectId,
  projectKey,
  number,
  at,
}: {
  projectId: string;
  projectKey: string;
  number: number;
  /** Opened from the board as of a point: the task as it stood there, read-only. */
  at: number | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { panelShown } = useBoardKeys();
  const mayRestore = useCan(projectKey, 'changeTasks');
  const read = useQuery(trpc.task.getByNumber.queryOptions(taskInput(projectKey, number, at)));
  const board = queryClient.getQueryData(
    trpc.board.get.queryKey(at ? { projectId, at: { position: at } } : { projectId }),
  );
  const card = board?.columns
    .flatMap((c) => c.tasks.map((t) => ({ t, status: c.status })))
    .find((c) => c.t.number === number);
  const taskId = read.data?.task.id ?? card?.t.id;

  useEffect(() => {
    panelShown();
  }, [panelShown]);
  useEffect(
    () => () => {
      // The panel has gone (Escape, its button, the back button): once the board is no longer inert behind the
      // dialog, the focus goes back to the card it was opened from.
      if (taskId) requestAnimationFrame(() => focusCard(taskId));
    },
    [taskId],
  );

  const details = read.data;
  const heading: PanelHeading = details
    ? {
        number,
        title: details.task.title,
        statusName: details.project.statuses.find((s) => s.id === details.task.statusId)?.name ?? '',
      }
    : { number, title: card?.t.title ?? 'Loading…', statusName: card?.status.name ?? '' };

  return (
    <TaskPanelFrame
      projectKey={projectKey}
      heading={heading}
      state={details ? 'content' : 'skeleton'}
      onClose={() => {
        router.back();
      }}
    >
      {details ? (
        <Suspense fallback={<PanelSkeleton />}>
          {at !== null && details.asOf && (
            // A past board's card opens the task as it stood then: said as plainly as on its full page.
            <div className="mx-5 mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2">
              <PastTaskBanner
                projectId={projectId}
                projectKey={projectKey}
                number={number}
                taskId={details.task.id}
                mayRestore={mayRestore && !details.project.archived}
                asOf={details.asOf}
              />
            </div>
          )}
          <LabelsThen labels={details.labelsThen}>
            <TaskPanelContent projectKey={projectKey} details={details} past={at !== null} />
          </LabelsThen>
        </Suspense>
      ) : read.error ? (
        <Alert>{errorMessage(read.error)}</Alert>
      ) : (
        <PanelSkeleton />
      )}
    </TaskPanelFrame>
  );
}
