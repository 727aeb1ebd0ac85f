'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../_trpc/client';
import { errorMessage } from '../_lib/error-message';
import type { Person } from '../_lib/router-types';
import { useInvalidate } from '../_lib/use-invalidate';
import { usePeople } from '../_lib/use-people';
import { Alert } from './ui/alert';
import { Modal } from './ui/modal';
import { buttonStyles, inputStyles, labelStyles } from './ui/styles';

interface WhoAreYouDialogProps {
  open: boolean;
  me: Person | null;
  onClose: () => void;
}

export function WhoAreYouDialog({ open, me, onClose }: WhoAreYouDialogProps) {
  const trpc = useTRPC();
  const people = usePeople();
  const invalidate = useInvalidate();
  const nameId = useId();
  const [name, setName] = useState('');

  // Who is asking changes what every view offers (own comments, for one), so everything is read again.
  const done = async () => {
    await invalidate.everything();
    setName('');
    onClose();
  };
  const join = useMutation(trpc.people.join.mutationOptions({ onSuccess: done }));
  const leave = useMutation(trpc.people.leave.mutationOptions({ onSuccess: done }));
  const busy = join.isPending || leave.isPending;
  const others = people.list.filter((p) => p.id !== me?.id);

  return (
    <Modal open={open} onClose={onClose} title="Who are you?">
      <p className="mb-4 text-sm text-stone-600">
        Chronicle has no accounts yet. Pick your name so that your changes are credited to you. This browser will
        remember it.
      </p>

      {others.length > 0 && (
        <fieldset className="mb-5">
          <legend className={labelStyles}>I am…</legend>
          <ul className="mt-2 flex flex-wrap gap-2">
            {others.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    join.mutate({ personId: person.id });
                  }}
                  className={buttonStyles.secondary}
                >
                  {person.name}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) join.mutate({ name });
        }}
      >
        {others.length > 0 && <p className="mb-2 text-sm text-stone-600">Or join as someone new:</p>}
        <label htmlFor={nameId} className={labelStyles}>
          Your name
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={nameId}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
            }}
            maxLength={60}
            autoComplete="name"
            placeholder="e.g. Ana"
            className={inputStyles}
          />
          <button type="submit" disabled={busy || !name.trim()} className={buttonStyles.primary}>
            Join
          </button>
        </div>
      </form>

      {(join.error ?? leave.error) && <Alert className="mt-3">{errorMessage(join.error ?? leave.error)}</Alert>}

      <div className="mt-6 flex flex-wrap justify-end gap-2 border-t border-stone-100 pt-4">
        {me && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              leave.mutate();
            }}
            className={buttonStyles.ghost}
          >
            Forget me on this browser
          </button>
        )}
        <button type="button" onClick={onClose} className={buttonStyles.secondary}>
          {me ? 'Cancel' : 'Just looking'}
        </button>
      </div>
    </Modal>
  );
}
