'use client';

import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { newCommandId } from '../../../../../_lib/command-id';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { ExactTime } from '../../../../../_components/ui/exact-time';
import { RelativeTime } from '../../../../../_components/ui/relative-time';
import { buttonStyles, linkStyles } from '../../../../../_components/ui/styles';
import { historyHref, taskHref } from '../../../_lib/links';
import { useCan } from '../../../_lib/use-can';
import { useLiveProject } from '../../../_lib/live/live-project';
import { useMembers } from '../../../_lib/use-members';

/** The tasks taken off the board, kept with their history: who deleted each and when, and a way back. */
export function DeletedTasks({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const people = useMembers(projectId);
  const mayRestore = useCan(projectKey, 'changeTasks');
  const { data: tasks } = useSuspenseQuery(trpc.task.listDeleted.queryOptions({ projectId }));
  const heading = useRef<HTMLHeadingElement>(null);
  const [restored, setRestored] = useState<number | null>(null);
  const restore = useMutation(trpc.task.restore.mutationOptions());
  const restoreTask = (task: { id: string; number: number }) => {
    restore.mutate(
      { taskId: task.id, commandId: newCommandId() },
      {
        onSuccess: (result) => {
          void live.settled(result).then(() => {
            setRestored(task.number);
            // Its row, and the button just pressed, are gone: the focus goes back to the top of the list.
            heading.current?.focus();
          });
        },
      },
    );
  };

  return (
    <section aria-labelledby="deleted-heading" className="mt-3 max-w-3xl">
      <h2 id="deleted-heading" ref={heading} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        Deleted tasks
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        A deleted task is off the board but keeps its comments and its history; restoring it puts it back in its column.
      </p>
      <p role="status" className="mt-2 text-sm text-emerald-800">
        {restored !== null && (
          <>
            {projectKey}-{restored} is back on the board.{' '}
            <Link href={taskHref(projectKey, restored)} className={linkStyles}>
              Open it
            </Link>
          </>
        )}
      </p>
      {restore.error && <Alert className="mt-2">{errorMessage(restore.error)}</Alert>}
      {tasks.length === 0 ? (
        <p className="mt-3 rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-600">
          No task of this project is deleted.
        </p>
      ) : (
        <ul
          aria-label="Deleted tasks"
          className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
        >
          {tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium break-words text-stone-900">
                  <span className="mr-2 font-mono text-xs text-stone-500">
                    {projectKey}-{task.number}
                  </span>
                  {task.title}
                </p>
                <p className="mt-0.5 text-xs text-stone-600">
                  Deleted by {people.nameOf(task.deletedBy)} <RelativeTime date={task.deletedAt} /> (
                  <ExactTime date={task.deletedAt} />) ·{' '}
                  <Link href={historyHref(projectKey, `?task=${task.number}`)} className={linkStyles}>
                    Its history
                  </Link>
                </p>
              </div>
              {mayRestore && (
                <button
                  type="button"
                  disabled={restore.isPending}
                  aria-label={`Restore ${projectKey}-${task.number}`}
                  onClick={() => {
                    restoreTask(task);
                  }}
                  className={buttonStyles.secondary}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
