'use client';

import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { useTaskCommand, type TaskRef } from './use-task-command';

/** Deleting takes a task off the board but keeps it, its comments and its history: it can be restored. */
export function TaskLifecycle({ task, deleted }: { task: TaskRef; deleted: boolean }) {
  const trpc = useTRPC();
  const remove = useTaskCommand(trpc.task.delete.mutationOptions(), task, { pinVersion: true });
  const restore = useTaskCommand(trpc.task.restore.mutationOptions(), task, { pinVersion: true });
  const error = remove.error ?? restore.error;

  return (
    <div className="border-t border-stone-200 pt-4">
      {deleted ? (
        <button
          type="button"
          disabled={restore.isPending}
          onClick={() => {
            restore.send({});
          }}
          className={buttonStyles.secondary}
        >
          Restore task
        </button>
      ) : (
        <button
          type="button"
          disabled={remove.isPending}
          onClick={() => {
            remove.send({});
          }}
          className={buttonStyles.danger}
        >
          Delete task
        </button>
      )}
      {error && <Alert className="mt-2">{errorMessage(error)}</Alert>}
    </div>
  );
}
