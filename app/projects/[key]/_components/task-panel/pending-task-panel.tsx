'use client';

import { PanelSkeleton, TaskPanelFrame, type PanelHeading } from './task-panel-frame';

export interface OpeningTask extends PanelHeading {
  readonly taskId: string;
}

/**
 * The panel of a task whose route is still on its way from the server, drawn at once from the card's own data: the
 * click shows something within a frame, not after a round trip.
 */
export function PendingTaskPanel({
  task,
  projectKey,
  onClose,
}: {
  task: OpeningTask;
  projectKey: string;
  onClose: () => void;
}) {
  return (
    <TaskPanelFrame projectKey={projectKey} heading={task} state="skeleton" onClose={onClose}>
      <PanelSkeleton />
    </TaskPanelFrame>
  );
}
