'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { STATUS_CATEGORIES, STATUS_NAME_MAX, type StatusCategory } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Status } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';
import { RemoveStatusPanel } from './remove-status-panel';
import { CATEGORY_LABELS } from './status-categories';

interface WorkflowStatusRowProps {
  projectId: string;
  status: Status;
  index: number;
  count: number;
  /** Its live tasks on the board, so that removing it asks where they go. */
  taskCount: number;
  others: readonly Status[];
}

const iconButton = `${buttonStyles.secondary} w-10 px-0`;

export function WorkflowStatusRow({ projectId, status, index, count, taskCount, others }: WorkflowStatusRowProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const categoryId = useId();
  const panelId = useId();
  const removeButton = useRef<HTMLButtonElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const rename = useMutation(
    trpc.project.renameStatus.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setDraft(null);
      },
    }),
  );
  const move = useMutation(trpc.project.moveStatus.mutationOptions({ onSuccess: live.settled }));
  const recategorize = useMutation(trpc.project.changeStatusCategory.mutationOptions({ onSuccess: live.settled }));
  const remove = useMutation(trpc.project.removeStatus.mutationOptions({ onSuccess: live.settled }));
  const error = rename.error ?? move.error ?? recategorize.error ?? remove.error;
  const busy = rename.isPending || move.isPending || recategorize.isPending || remove.isPending;
  const offersMove = taskCount > 0 && others.length > 0;
  const name = draft ?? status.name;
  const ref = { projectId, statusId: status.id };

  const reset = () => {
    [rename, move, recategorize, remove].forEach((m) => {
      m.reset();
    });
  };
  const moveTo = (toIndex: number) => {
    reset();
    move.mutate({ ...ref, toIndex, commandId: newCommandId() });
  };
  const closePanel = () => {
    setRemoving(false);
    removeButton.current?.focus();
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
        <label htmlFor={categoryId} className="sr-only">
          Category of {status.name}
        </label>
        <select
          id={categoryId}
          value={status.category}
          disabled={busy}
          onChange={(event) => {
            reset();
            recategorize.mutate({ ...ref, category: event.target.value as StatusCategory, commandId: newCommandId() });
          }}
          className={`${inputStyles} w-36`}
        >
          {STATUS_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
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
            ref={removeButton}
            type="button"
            disabled={busy}
            onClick={() => {
              reset();
              if (offersMove) setRemoving((open) => !open);
              else remove.mutate({ ...ref, commandId: newCommandId() });
            }}
            className={buttonStyles.danger}
            aria-label={`Remove ${status.name}`}
            aria-expanded={offersMove ? removing : undefined}
            aria-controls={offersMove && removing ? panelId : undefined}
          >
            Remove
          </button>
        </div>
      </form>
      {offersMove && removing && (
        <RemoveStatusPanel
          id={panelId}
          status={status}
          taskCount={taskCount}
          others={others}
          busy={busy}
          onCancel={closePanel}
          onRemove={(moveTasksTo) => {
            reset();
            remove.mutate({ ...ref, moveTasksTo, commandId: newCommandId() });
          }}
        />
      )}
      {error && <Alert className="mt-2">{errorMessage(error)}</Alert>}
    </li>
  );
}
