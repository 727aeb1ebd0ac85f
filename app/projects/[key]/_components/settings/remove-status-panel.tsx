'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Status } from '../../../../_lib/router-types';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';

interface RemoveStatusPanelProps {
  id: string;
  status: Status;
  taskCount: number;
  others: readonly Status[];
  busy: boolean;
  onRemove: (moveTasksTo: string) => void;
  onCancel: () => void;
}

/** A status with tasks is removed only with somewhere for them to go: the person picks it here. */
export function RemoveStatusPanel({ id, status, taskCount, others, busy, onRemove, onCancel }: RemoveStatusPanelProps) {
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const tasks = taskCount === 1 ? '1 task' : `${String(taskCount)} tasks`;

  useEffect(() => {
    select.current?.focus();
  }, []);

  return (
    <form
      id={id}
      aria-label={`Remove ${status.name}`}
      className="mt-2 rounded-md bg-stone-50 p-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) onRemove(target);
      }}
      onKeyDown={(event) => {
        // Escape closes this panel, not the whole settings dialog.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="text-sm text-stone-700">
        “{status.name}” holds {tasks}. They move, in their order, to the end of the status you choose, and “
        {status.name}” is removed, all in one change.
      </p>
      <label htmlFor={selectId} className={`${labelStyles} mt-2`}>
        Move its tasks to
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <select
          id={selectId}
          ref={select}
          value={target}
          onChange={(event) => {
            setTarget(event.target.value);
          }}
          className={`${inputStyles} min-w-0 flex-1 basis-40`}
        >
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || !target} className={buttonStyles.danger}>
          Move tasks and remove
        </button>
        <button type="button" onClick={onCancel} className={buttonStyles.secondary}>
          Cancel
        </button>
      </div>
    </form>
  );
}
