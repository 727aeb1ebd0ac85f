'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { POINT_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { formError } from '../../../../_lib/form-error';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';
import { useLiveProject } from '../../_lib/live/live-project';

interface NamePointFormProps {
  projectId: string;
  /** The point on screen: the global position of its event, and which event of the project it is. */
  position: number;
  step: number;
}

/** Names the point on screen ("Sprint 3 start"), as a git tag names a commit. */
export function NamePointForm({ projectId, position, step }: NamePointFormProps) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const id = useId();
  const [name, setName] = useState('');
  const [named, setNamed] = useState<string | null>(null);
  const namePoint = useMutation(
    trpc.project.namePoint.mutationOptions({
      onSuccess: async (result, input) => {
        await live.settled(result);
        setNamed(`Named step ${step} “${input.name.trim()}”`);
        setName('');
      },
    }),
  );
  const error = namePoint.error && formError(namePoint.error, ['name', 'position']);

  return (
    <form
      aria-label="Name this point"
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        setNamed(null);
        namePoint.mutate({ projectId, position, name, commandId: newCommandId() });
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-amber-950">
        Name this point
      </label>
      <div className="w-56 max-w-full">
        <input
          id={id}
          value={name}
          required
          maxLength={POINT_NAME_MAX}
          placeholder="Sprint 3 start"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
          }}
          className={inputStyles}
        />
      </div>
      <button type="submit" disabled={namePoint.isPending || name.trim() === ''} className={buttonStyles.secondary}>
        Name
      </button>
      <span role="status" className="text-sm text-emerald-800 empty:hidden">
        {named}
      </span>
      {error && (
        <Alert id={`${id}-error`} className="basis-full">
          {error.message}
        </Alert>
      )}
    </form>
  );
}
