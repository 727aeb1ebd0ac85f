'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { PROJECT_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Project } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';

export function RenameProjectForm({ project }: { project: Project }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const rename = useMutation(
    trpc.project.rename.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setDraft(null);
      },
    }),
  );
  const name = draft ?? project.name;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate({ projectId: project.id, name, commandId: newCommandId() });
      }}
    >
      <label htmlFor={id} className={labelStyles}>
        Project name
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          value={name}
          maxLength={PROJECT_NAME_MAX}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          className={inputStyles}
        />
        <button type="submit" disabled={rename.isPending || name === project.name} className={buttonStyles.primary}>
          Rename
        </button>
      </div>
      {rename.error && <Alert className="mt-2">{errorMessage(rename.error)}</Alert>}
    </form>
  );
}
