'use client';

import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { longDay } from '../../../../../_lib/format';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../../_components/ui/styles';
import { ConflictNotice } from './conflict-notice';
import { useTaskCommand, type TaskRef } from './use-task-command';

/**
 * How long a date must stay as it is before it is saved while the field keeps focus: typing a date produces a valid
 * value at nearly every keystroke (day 1 before day 15), and the year passes through 0002, 0020 and 0202 on its way
 * to 2026, so those are never saved (years before 1000 wait for the field to be left).
 */
const SETTLE_MS = 800;
const settled = (value: string) => Number(value.slice(0, 4)) >= 1000;

const dayOf = (dueOn: string | null) => (dueOn ? longDay(dueOn) : 'No due date');

/** Saved like the selects beside it: when a date is picked, when the field is left, or on Enter; Escape goes back. */
export function DueDateField({ task, dueOn, readOnly }: { task: TaskRef; dueOn: string | null; readOnly: boolean }) {
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? dueOn ?? '';
  const changed = draft !== null && (draft || null) !== dueOn;
  const schedule = useTaskCommand(trpc.task.schedule.mutationOptions(), task, {
    pinVersion: true,
    draft: { editing: changed, shown: dueOn },
    field: { of: (shown) => shown.dueOn, sent: (sent) => sent.dueOn },
  });
  const conflict = schedule.conflict;
  const save = (next: string | null) => {
    if (schedule.isPending && schedule.variables?.dueOn === next) return;
    schedule.send(
      { dueOn: next },
      {
        // A date changed again while this one was on its way is still to be saved.
        onSuccess: () => {
          setDraft((now) => ((now || null) === next ? null : now));
        },
      },
    );
  };
  // While a conflict is open only the person's choice saves: anything else would overwrite the other date unseen.
  const saveDraft = () => {
    if (changed && !conflict) save(draft || null);
  };
  const saveSettled = useEffectEvent(() => {
    if (draft && settled(draft)) saveDraft();
  });
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(saveSettled, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft]);

  return (
    <div>
      <label htmlFor={id} className={labelStyles}>
        Due date
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="date"
          value={value}
          disabled={readOnly}
          aria-busy={schedule.isPending}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onBlur={saveDraft}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              saveDraft();
            }
            if (event.key === 'Escape' && !conflict) setDraft(null);
          }}
          className={inputStyles}
        />
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
      {conflict && draft !== null && (
        <ConflictNotice
          field="due date"
          theirs={dayOf(dueOn)}
          mine={dayOf(draft || null)}
          pending={schedule.isPending}
          onKeepMine={() => {
            save(draft || null);
          }}
          onTakeTheirs={() => {
            schedule.takeTheirs();
            setDraft(null);
          }}
        />
      )}
      {schedule.error && <Alert className="mt-2">{errorMessage(schedule.error)}</Alert>}
    </div>
  );
}
