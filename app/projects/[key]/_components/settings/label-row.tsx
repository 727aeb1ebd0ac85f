'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { LABEL_COLOURS, LABEL_MAX, type LabelColour } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { LabelChip } from '../../../../_components/ui/label-chip';
import { LABEL_COLOUR_NAMES } from '../../../../_components/ui/label-colours';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';

interface Label {
  id: string;
  name: string;
  colour: LabelColour;
}

export function LabelRow({ projectId, label }: { projectId: string; label: Label }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const colourId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const rename = useMutation(
    trpc.project.renameLabel.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setDraft(null);
      },
    }),
  );
  const recolour = useMutation(trpc.project.recolourLabel.mutationOptions({ onSuccess: live.settled }));
  const remove = useMutation(trpc.project.deleteLabel.mutationOptions({ onSuccess: live.settled }));
  const error = rename.error ?? recolour.error ?? remove.error;
  const busy = rename.isPending || recolour.isPending || remove.isPending;
  const name = draft ?? label.name;
  const ref = { projectId, labelId: label.id };
  const reset = () => {
    [rename, recolour, remove].forEach((m) => {
      m.reset();
    });
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
        <LabelChip label={label.name} colour={label.colour} />
        <input
          value={name}
          maxLength={LABEL_MAX}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          aria-label={`Name of label ${label.name}`}
          className={`${inputStyles} min-w-0 flex-1 basis-32`}
        />
        {name !== label.name && (
          <button type="submit" disabled={busy} className={buttonStyles.primary}>
            Save
          </button>
        )}
        <label htmlFor={colourId} className="sr-only">
          Colour of {label.name}
        </label>
        <select
          id={colourId}
          value={label.colour}
          disabled={busy}
          onChange={(event) => {
            reset();
            recolour.mutate({ ...ref, colour: event.target.value as LabelColour, commandId: newCommandId() });
          }}
          className={`${inputStyles} w-28`}
        >
          {LABEL_COLOURS.map((c) => (
            <option key={c} value={c}>
              {LABEL_COLOUR_NAMES[c]}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            reset();
            remove.mutate({ ...ref, commandId: newCommandId() });
          }}
          className={buttonStyles.danger}
          aria-label={`Delete label ${label.name}`}
        >
          Delete
        </button>
      </form>
      {error && <Alert className="mt-2">{errorMessage(error)}</Alert>}
    </li>
  );
}
