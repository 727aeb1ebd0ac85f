import Link from 'next/link';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { eventHref } from '../../../_lib/links';

interface NeighbourLinksProps {
  projectKey: string;
  previous: number | null;
  next: number | null;
}

/** The project's events just before and after this one. */
export function NeighbourLinks({ projectKey, previous, next }: NeighbourLinksProps) {
  return (
    <div className="flex gap-2">
      <Neighbour projectKey={projectKey} position={previous} label="Previous event" arrow="←" />
      <Neighbour projectKey={projectKey} position={next} label="Next event" arrow="→" />
    </div>
  );
}

function Neighbour({
  projectKey,
  position,
  label,
  arrow,
}: {
  projectKey: string;
  position: number | null;
  label: string;
  arrow: string;
}) {
  const content = arrow === '←' ? `${arrow} ${label}` : `${label} ${arrow}`;
  if (position === null)
    return (
      <span aria-disabled="true" className={`${buttonStyles.secondary} cursor-default opacity-50`}>
        {content}
      </span>
    );
  return (
    <Link href={eventHref(projectKey, position)} className={buttonStyles.secondary}>
      {content}
    </Link>
  );
}
