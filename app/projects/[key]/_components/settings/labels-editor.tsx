'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { DEFAULT_LABEL_COLOUR, LABEL_MAX, type LabelColour } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { useCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { useLabels } from '../../_lib/use-labels';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';
import { ColourPicker } from './colour-picker';
import { LabelRow } from './label-row';

export function LabelsEditor({ projectId }: { projectId: string }) {
  const { labels } = useLabels(projectId);
  return (
    <section aria-labelledby="labels-heading">
      <h3 id="labels-heading" className="text-sm font-semibold">
        Labels
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        The labels tasks pick from, with their colours. Renaming or deleting one changes every task that carries it.
      </p>
      {labels.length > 0 ? (
        <ul className="mt-3 space-y-2" aria-label="Project labels">
          {labels.map((label) => (
            <LabelRow key={label.id} projectId={projectId} label={label} />
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-500">No labels yet.</p>
      )}
      <CreateLabelForm projectId={projectId} />
    </section>
  );
}

function CreateLabelForm({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const id = useId();
  const [name, setName] = useState('');
  const [colour, setColour] = useState<LabelColour>(DEFAULT_LABEL_COLOUR);
  const [commandId, renewCommandId] = useCommandId();
  const create = useMutation(
    trpc.project.createLabel.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setName('');
        renewCommandId();
      },
    }),
  );

  return (
    <form
      className="mt-3 space-y-2"
      aria-label="New label"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ projectId, name, colour, commandId });
      }}
    >
      <div>
        <label htmlFor={id} className={labelStyles}>
          New label
        </label>
        <input
          id={id}
          value={name}
          maxLength={LABEL_MAX}
          onChange={(event) => {
            setName(event.target.value);
            renewCommandId();
          }}
          placeholder="e.g. bug"
          className={`${inputStyles} mt-1`}
        />
      </div>
      <ColourPicker
        legend="Colour of the new label"
        value={colour}
        onChange={(c) => {
          setColour(c);
          renewCommandId();
        }}
      />
      <button type="submit" disabled={create.isPending || !name.trim()} className={buttonStyles.secondary}>
        Create label
      </button>
      {create.error && <Alert>{errorMessage(create.error)}</Alert>}
    </form>
  );
}
