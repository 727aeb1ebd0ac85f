'use client';

import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { PROJECT_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { formError } from '../../../../_lib/form-error';
import { Alert } from '../../../../_components/ui/alert';
import { Modal } from '../../../../_components/ui/modal';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';
import { useExactTime } from '../../../../_components/ui/exact-time';
import { boardHref } from '../../_lib/links';

interface ForkButtonProps {
  projectId: string;
  projectKey: string;
  position: number;
  time: Date;
}

/**
 * "Fork from here": a new project, named and keyed by the person, who becomes its one owner, starting as this one
 * stood at the point on screen. From then on the two are independent.
 */
export function ForkButton({ projectId, projectKey, position, time }: ForkButtonProps) {
  const trpc = useTRPC();
  const { data: project } = useSuspenseQuery(trpc.project.getByKey.queryOptions({ key: projectKey }));
  const router = useRouter();
  const format = useExactTime();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`${project.name} (fork)`);
  const [key, setKey] = useState('');
  const [commandId, setCommandId] = useState(newCommandId);
  const fork = useMutation(
    trpc.project.fork.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        setCommandId(newCommandId());
        router.push(boardHref(result.key));
      },
    }),
  );
  const error = fork.error && formError(fork.error, ['name', 'key']);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
        className={buttonStyles.secondary}
      >
        Fork from here
      </button>
      <Modal
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        title={`Fork as of ${format(time)}`}
      >
        <form
          className="space-y-4 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            fork.mutate({ projectId, at: { position }, name, key, commandId });
          }}
        >
          <p className="text-stone-700">
            A new project with this workflow and these tasks, with their numbers, fields and comments, as they stood
            then. You are its only member; nothing done in either project shows in the other.
          </p>
          <div>
            <label htmlFor={`${id}-name`} className="mb-1 block font-medium">
              Name
            </label>
            <input
              id={`${id}-name`}
              value={name}
              required
              maxLength={PROJECT_NAME_MAX}
              onChange={(event) => {
                setName(event.target.value);
              }}
              className={inputStyles}
            />
          </div>
          <div>
            <label htmlFor={`${id}-key`} className="mb-1 block font-medium">
              Key
            </label>
            <input
              id={`${id}-key`}
              value={key}
              required
              maxLength={6}
              placeholder="WEB2"
              aria-describedby={`${id}-key-hint`}
              onChange={(event) => {
                setKey(event.target.value);
              }}
              className={`${inputStyles} uppercase`}
            />
            <p id={`${id}-key-hint`} className="mt-1 text-stone-500">
              2 to 6 letters or digits, starting with a letter: the prefix of its task numbers.
            </p>
          </div>
          {error && <Alert>{error.message}</Alert>}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => {
                setOpen(false);
              }}
              className={buttonStyles.secondary}
            >
              Cancel
            </button>
            <button type="submit" disabled={fork.isPending} className={buttonStyles.primary}>
              {fork.isPending ? 'Forking…' : 'Fork'}
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}
