'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { PROJECT_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../_trpc/client';
import { useCommandId } from '../_lib/command-id';
import { errorMessage } from '../_lib/error-message';
import { Alert } from './ui/alert';
import { buttonStyles, inputStyles, labelStyles } from './ui/styles';

/** "Website redesign" suggests WR, "Website" suggests WEB; the person can always type their own. */
function suggestKey(name: string): string {
  const words = name.toUpperCase().match(/[A-Z][A-Z0-9]*/g) ?? [];
  const key = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? '').slice(0, 3);
  return key.slice(0, 6);
}

export function CreateProjectForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ids = { name: useId(), key: useId(), hint: useId() };
  const [name, setName] = useState('');
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const key = typedKey ?? suggestKey(name);
  const [commandId, renewCommandId] = useCommandId();

  const create = useMutation(
    trpc.project.create.mutationOptions({
      // Outside a project nothing streams, and the list of one's projects is the one view there a command changes:
      // it is read again here, before going to the new project, so that coming back finds it listed.
      onSuccess: async (project) => {
        renewCommandId();
        await queryClient.invalidateQueries(trpc.project.list.queryFilter());
        router.push(`/projects/${project.key}`);
      },
    }),
  );

  return (
    <section aria-labelledby="new-project" className="mt-10 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="new-project" className="text-base font-semibold">
        New project
      </h2>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, key, commandId });
        }}
      >
        <div>
          <label htmlFor={ids.name} className={labelStyles}>
            Name
          </label>
          <input
            id={ids.name}
            required
            maxLength={PROJECT_NAME_MAX}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              renewCommandId();
            }}
            placeholder="Website"
            className={`mt-1 ${inputStyles}`}
          />
        </div>
        <div>
          <label htmlFor={ids.key} className={labelStyles}>
            Key
          </label>
          <input
            id={ids.key}
            required
            maxLength={6}
            value={key}
            onChange={(event) => {
              setTypedKey(event.target.value.toUpperCase());
              renewCommandId();
            }}
            aria-describedby={ids.hint}
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="WEB"
            className={`mt-1 font-mono uppercase ${inputStyles}`}
          />
        </div>
        <button type="submit" disabled={create.isPending} className={buttonStyles.primary}>
          {create.isPending ? 'Creating…' : 'Create project'}
        </button>
      </form>
      <p id={ids.hint} className="mt-2 text-xs text-stone-500">
        The key prefixes task numbers, like WEB-12: 2 to 6 letters or digits, starting with a letter.
      </p>
      {create.error && <Alert className="mt-3">{errorMessage(create.error)}</Alert>}
    </section>
  );
}
