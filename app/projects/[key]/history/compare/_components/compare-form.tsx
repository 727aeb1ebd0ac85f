'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { buttonStyles, inputStyles, labelStyles } from '../../../../../_components/ui/styles';
import { compareHref } from '../../../_lib/links';

/** Two moments typed in local time; the address carries them as exact instants, so a shared link means the same. */
export function CompareForm({ projectKey }: { projectKey: string }) {
  const router = useRouter();
  const ids = { from: useId(), to: useId() };
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  return (
    <form
      aria-label="Compare two moments"
      onSubmit={(event) => {
        event.preventDefault();
        if (!from) return;
        router.push(compareHref(projectKey, new Date(from).toISOString(), to ? new Date(to).toISOString() : undefined));
      }}
      className="mt-3 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <div>
        <label htmlFor={ids.from} className={labelStyles}>
          From
        </label>
        <input
          id={ids.from}
          type="datetime-local"
          required
          value={from}
          onChange={(event) => {
            setFrom(event.target.value);
          }}
          className={`mt-1 ${inputStyles}`}
        />
      </div>
      <div>
        <label htmlFor={ids.to} className={labelStyles}>
          To <span className="font-normal text-stone-500">(empty for now)</span>
        </label>
        <input
          id={ids.to}
          type="datetime-local"
          value={to}
          onChange={(event) => {
            setTo(event.target.value);
          }}
          className={`mt-1 ${inputStyles}`}
        />
      </div>
      <button type="submit" disabled={!from} className={buttonStyles.primary}>
        Compare
      </button>
    </form>
  );
}
