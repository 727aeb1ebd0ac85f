'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useHydrated } from '../../../../../_lib/use-hydrated';
import { buttonStyles, inputStyles, labelStyles } from '../../../../../_components/ui/styles';
import { compareHref } from '../../../_lib/links';

/** An end of the comparison on screen: what the address says (a position, a moment, a word) and its moment. */
export interface ShownEnd {
  param: string;
  time: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local field holds it: local time, to the second. */
export function localInput(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

interface CompareFormProps {
  projectKey: string;
  /** The ends compared on screen, shown in the fields; null where a field stands for none (the start, now). */
  from: ShownEnd | null;
  to: ShownEnd | null;
}

/**
 * Two moments typed in local time; the address carries them as exact instants, so a shared link means the same.
 * The fields start with the comparison on screen, in the browser's own time zone (so only once it runs here, or the
 * server's HTML would differ); a field left as it was compares what its end was asked as, not its time to the second.
 */
export function CompareForm({ projectKey, from: shownFrom, to: shownTo }: CompareFormProps) {
  const router = useRouter();
  const hydrated = useHydrated();
  const ids = { from: useId(), to: useId() };
  const [typedFrom, setFrom] = useState<string | null>(null);
  const [typedTo, setTo] = useState<string | null>(null);
  const shown = (end: ShownEnd | null) => (end && hydrated ? localInput(end.time) : '');
  const from = typedFrom ?? shown(shownFrom);
  const to = typedTo ?? shown(shownTo);
  const sent = (typed: string | null, end: ShownEnd | null, value: string) =>
    typed === null && end ? end.param : value ? new Date(value).toISOString() : undefined;

  return (
    <form
      aria-label="Compare two moments"
      onSubmit={(event) => {
        event.preventDefault();
        const fromSent = sent(typedFrom, shownFrom, from);
        if (!fromSent) return;
        router.push(compareHref(projectKey, fromSent, sent(typedTo, shownTo, to)));
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
          step={1}
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
          step={1}
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
