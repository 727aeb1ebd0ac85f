'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { Modal } from '../../../../_components/ui/modal';
import { buttonStyles } from '../../../../_components/ui/styles';
import { useExactTime } from '../../../../_components/ui/exact-time';
import { ChangeList } from '../../history/_components/change-list';
import { useLiveProject } from '../../_lib/live/live-project';
import { RestoreSteps } from './restore-steps';

interface RestoreButtonProps {
  projectId: string;
  projectKey: string;
  /** The point to go back to: the global position of one of the project's events, and when it happened. */
  position: number;
  time: Date;
  /** Only this task, or the whole board. */
  task?: { id: string; ref: string };
  onRestored?: () => void;
}

/**
 * "Restore the board to this point": first what it would change (the compare view's differences between now and
 * then, and how many changes the restore makes), then one confirmation; the restore is one command on top of the
 * history, which keeps everything that happened after that point.
 */
export function RestoreButton({ projectId, projectKey, position, time, task, onRestored }: RestoreButtonProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const format = useExactTime();
  const [open, setOpen] = useState(false);
  // "Now" is the moment the preview opened: a new moment at each render would be a new query each time.
  const [openedAt, setOpenedAt] = useState(() => new Date());
  const [commandId, setCommandId] = useState(newCommandId);
  const what = task ? 'this task' : 'the board';
  const input = { projectId, at: { position }, taskId: task?.id };
  const preview = useQuery({ ...trpc.history.restorePreview.queryOptions(input), enabled: open, staleTime: 0 });
  const diff = useQuery({
    ...trpc.history.diff.queryOptions({ projectId, from: { time: openedAt }, to: { position } }),
    enabled: open,
    staleTime: 0,
  });
  const restore = useMutation(
    trpc.history.restore.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setOpen(false);
        setCommandId(newCommandId());
        onRestored?.();
      },
      onError: () => live.refused(),
    }),
  );
  const changes = preview.data?.changes.length ?? 0;
  const changed = diff.data?.diff;
  const shown = changed && task ? { project: [], tasks: changed.tasks.filter((t) => t.taskId === task.id) } : changed;

  return (
    <>
      <button
        type="button"
        onClick={() => {
          restore.reset();
          setOpenedAt(new Date());
          setOpen(true);
        }}
        className={buttonStyles.secondary}
      >
        Restore {what} to this point
      </button>
      <Modal
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        title={`Restore ${task ? task.ref : 'the board'} to ${format(time)}?`}
      >
        <div className="space-y-4 text-sm">
          <p className="text-stone-700">
            The changes below take {what} back to how it stood then. They are recorded as one restore on top of the
            history: nothing that happened since is erased, comments stay, and the restore itself can be undone.
          </p>
          {preview.isPending || diff.isPending ? (
            <p className="text-stone-500">Working out what would change…</p>
          ) : preview.error || diff.error ? (
            <Alert>{errorMessage(preview.error ?? diff.error)}</Alert>
          ) : preview.data.refusal ? (
            <Alert>{preview.data.refusal}</Alert>
          ) : (
            <>
              <p className="font-medium text-stone-900" role="status">
                {changes === 0
                  ? `${task ? task.ref : 'The board'} already stands as it did then.`
                  : `${changes} ${changes === 1 ? 'change' : 'changes'} will be made.`}
              </p>
              {changes > 0 && <RestoreSteps changes={preview.data.changes} />}
              {shown && <ChangeList diff={shown} projectId={projectId} projectKey={projectKey} at={position} />}
            </>
          )}
          {restore.error && <Alert>{errorMessage(restore.error)}</Alert>}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => {
                setOpen(false);
              }}
              className={buttonStyles.secondary}
            >
              Cancel
            </button>
            <button
              type="button"
              disabled={changes === 0 || restore.isPending || !!preview.data?.refusal}
              onClick={() => {
                restore.mutate({ ...input, commandId });
              }}
              className={buttonStyles.primary}
            >
              {restore.isPending ? 'Restoring…' : `Restore ${what}`}
            </button>
          </div>
        </div>
      </Modal>
    </>
  );
}
