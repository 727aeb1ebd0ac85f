'use client';

import { useId, useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../../_components/ui/styles';
import { useTaskCommand, type TaskRef } from './use-task-command';

/**
 * Typing a date into a date input produces a valid value at every keystroke of the year (0002, 0020, 2026...), so
 * the date is sent when saved, not on every change.
 */
export function DueDateField({ task, dueOn, readOnly }: { task: TaskRef; dueOn: string | null; readOnly: boolean }) {
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? dueOn ?? '';
  const changed = draft !== null && (draft || null) !== dueOn;
  const schedule = useTaskCommand(trpc.task.schedule.mutationOptions(), task, {
    pinVersion: true,
    draft: { editing: changed, shown: dueOn },
  });
  const save = (next: string | null) => {
    schedule.send(
      { dueOn: next },
      {
        onSuccess: () => {
          setDraft(null);
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) save(draft || null);
      }}
    >
      <label htmlFor={id} className={labelStyles}>
        Due date
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="date"
          value={value}
          disabled={readOnly}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          className={inputStyles}
        />
        {!readOnly && changed && (
          <button
            type="submit"
            disabled={schedule.isPending}
            className={buttonStyles.primary}
            aria-label="Save due date"
          >
            Save
          </button>
        )}
        {!readOnly && !changed && dueOn && (
          <button
            type="button"
            disabled={schedule.isPending}
            onClick={() => {
              save(null);
            }}
            className={buttonStyles.secondary}
            aria-label="Clear due date"
          >
            Clear
          </button>
        )}
      </div>
      {schedule.error && <Alert className="mt-2">{errorMessage(schedule.error)}</Alert>}
    </form>
  );
}
