'use client';

import { useId, useState } from 'react';
import { LABEL_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { LabelChip } from '../../../../../_components/ui/label-chip';
import { buttonStyles, inputStyles, labelStyles } from '../../../../../_components/ui/styles';
import { useLabels } from '../../../_lib/use-labels';
import { useTaskCommand, type TaskRef } from './use-task-command';

export function LabelsField({
  task,
  labels,
  readOnly,
}: {
  task: TaskRef;
  labels: readonly string[];
  readOnly: boolean;
}) {
  const trpc = useTRPC();
  const id = useId();
  const suggestionsId = useId();
  const { labels: listed, colourOf } = useLabels(task.projectId);
  // Labels are sent as what to add and what to remove, which holds on any version: nothing of anyone's is undone.
  const label = useTaskCommand(trpc.task.label.mutationOptions(), task, { pinVersion: false });
  const [draft, setDraft] = useState('');
  const removing = label.isPending ? (label.variables?.remove ?? []) : [];

  return (
    <div>
      <h3 className={labelStyles}>Labels</h3>
      {labels.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Labels">
          {labels
            .filter((l) => !removing.includes(l))
            .map((l) => (
              <li key={l}>
                <LabelChip label={l} colour={colourOf(l)}>
                  {!readOnly && (
                    <button
                      type="button"
                      onClick={() => {
                        label.send({ add: [], remove: [l] });
                      }}
                      aria-label={`Remove label ${l}`}
                      className="-my-1 -mr-1.5 ml-0.5 inline-flex size-6 items-center justify-center rounded-full text-stone-500 hover:bg-stone-200 hover:text-stone-900"
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  )}
                </LabelChip>
              </li>
            ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-stone-500">No labels.</p>
      )}
      {!readOnly && (
        <form
          className="mt-2 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const add = draft
              .split(',')
              .map((l) => l.trim())
              .filter(Boolean);
            if (add.length > 0)
              label.send(
                { add, remove: [] },
                {
                  onSuccess: () => {
                    setDraft('');
                  },
                },
              );
          }}
        >
          <label htmlFor={id} className="sr-only">
            Add label
          </label>
          {/* A text box with a list of suggestions is a combobox: the project's labels it does not carry yet. */}
          <input
            id={id}
            list={suggestionsId}
            autoComplete="off"
            value={draft}
            maxLength={LABEL_MAX * 3}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
            placeholder="Add label…"
            className={inputStyles}
          />
          <datalist id={suggestionsId}>
            {listed
              .filter((l) => !labels.includes(l.name))
              .map((l) => (
                <option key={l.id} value={l.name} />
              ))}
          </datalist>
          <button type="submit" disabled={label.isPending || !draft.trim()} className={buttonStyles.secondary}>
            Add
          </button>
        </form>
      )}
      {label.error && <Alert className="mt-2">{errorMessage(label.error)}</Alert>}
    </div>
  );
}
