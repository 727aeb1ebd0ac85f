import Link from 'next/link';
import { linkStyles } from '../../../../_components/ui/styles';
import { compareHref } from '../../_lib/links';

const PRESETS = [
  { from: 'yesterday', label: 'Since yesterday' },
  { from: 'last-week', label: 'Since last week' },
] as const;

/** Quick comparisons; on the compare page itself (`current` given) the one on screen is marked and the form is there. */
export function ComparePresets({ projectKey, current }: { projectKey: string; current?: string }) {
  return (
    <nav aria-label="Compare" className="flex flex-wrap items-center gap-x-4">
      <span className="text-sm text-stone-600">What changed:</span>
      {PRESETS.map(({ from, label }) => (
        <Link
          key={from}
          href={compareHref(projectKey, from)}
          aria-current={current === from ? 'page' : undefined}
          className={`${linkStyles} aria-[current=page]:text-stone-900 aria-[current=page]:underline`}
        >
          {label}
        </Link>
      ))}
      {current === undefined && (
        <Link href={compareHref(projectKey)} className={linkStyles}>
          Between two moments
        </Link>
      )}
    </nav>
  );
}
