'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { STATUS_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Status } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';

interface WorkflowStatusRowProps {
  projectId: string;
  status: Status;
  index: number;
  count: number;
}

const iconButton = `${buttonStyles.secondary} w-10 px-0`;

export function WorkflowStatusRow({ projectId, status, index, count }: WorkflowStatusRowProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const [draft, setDraft] = useState<string | null>(null);
  const rename = useMutation(
    trpc.project.renameStatus.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setDraft(null);
      },
    }),
  );
  const move = useMutation(trpc.project.moveStatus.mutationOptions({ onSuccess: live.settled }));
  const remove = useMutation(trpc.project.removeStatus.mutationOptions({ onSuccess: live.settled }));
  const error = rename.error ?? move.error ?? remove.error;
  const busy = rename.isPending || move.isPending || remove.isPending;
  const name = draft ?? status.name;
  const ref = { projectId, statusId: status.id };

  const reset = () => {
    [rename, move, remove].forEach((m) => {
      m.reset();
    });
  };
  const moveTo = (toIndex: number) => {
    reset();
    move.mutate({ ...ref, toIndex, commandId: newCommandId() });
  };

  return (
    <li className="rounded-lg border border-stone-200 p-2">
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          reset();
          rename.mutate({ ...ref, name, commandId: newCommandId() });
        }}
      >
        <input
          value={name}
          maxLength={STATUS_NAME_MAX}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          aria-label={`Name of status ${index + 1} of ${count}`}
          className={`${inputStyles} min-w-0 flex-1 basis-40`}
        />
        {name !== status.name && (
          <button type="submit" disabled={busy} className={buttonStyles.primary}>
            Save
          </button>
        )}
        <div className="flex gap-1">
          <button
            type="button"
            disabled={busy || index === 0}
            onClick={() => {
              moveTo(index - 1);
            }}
            aria-label={`Move ${status.name} left`}
            className={iconButton}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            disabled={busy || index === count - 1}
            onClick={() => {
              moveTo(index + 1);
            }}
            aria-label={`Move ${status.name} right`}
            className={iconButton}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              reset();
              remove.mutate({ ...ref, commandId: newCommandId() });
            }}
            className={buttonStyles.danger}
            aria-label={`Remove ${status.name}`}
          >
            Remove
          </button>
        </div>
      </form>
      {error && <Alert className="mt-2">{errorMessage(error)}</Alert>}
    </li>
  );
}
