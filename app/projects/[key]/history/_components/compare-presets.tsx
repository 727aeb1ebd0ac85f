import Link from 'next/link';
import type { NamedPoint } from '../../../../_lib/router-types';
import { linkStyles } from '../../../../_components/ui/styles';
import { compareHref } from '../../_lib/links';

const PRESETS = [
  { from: 'yesterday', label: 'Since yesterday' },
  { from: 'last-week', label: 'Since last week' },
] as const;

interface ComparePresetsProps {
  projectKey: string;
  current?: string;
  /** The project's named points: each is a comparison from it until now. */
  namedPoints?: readonly Pick<NamedPoint, 'pointId' | 'name' | 'position'>[];
}

const presetStyles = `${linkStyles} aria-[current=page]:text-stone-900 aria-[current=page]:underline`;

/** Quick comparisons; on the compare page itself (`current` given) the one on screen is marked and the form is there. */
export function ComparePresets({ projectKey, current, namedPoints = [] }: ComparePresetsProps) {
  const links = [
    ...PRESETS.map(({ from, label }) => ({ key: from, from, label })),
    ...namedPoints.map((point) => ({
      key: point.pointId,
      from: String(point.position),
      label: `Since “${point.name}”`,
    })),
  ];
  return (
    <nav aria-label="Compare" className="flex flex-wrap items-center gap-x-4">
      <span className="text-sm text-stone-600">What changed:</span>
      {links.map(({ key, from, label }) => (
        <Link
          key={key}
          href={compareHref(projectKey, from)}
          aria-current={current === from ? 'page' : undefined}
          className={presetStyles}
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
