'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { PAST } from '../../../_components/use-replay-steps';
import { eventHref } from '../../../_lib/links';

interface NeighbourLinksProps {
  projectId: string;
  projectKey: string;
  step: number;
  position: number;
  count: number | undefined;
}

/**
 * The events just before and after this one in the project. Positions are global, so the neighbours are found by
 * step: the board as of a step says which position it stands at.
 */
function useStepPosition(projectId: string, step: number, count: number | undefined) {
  const trpc = useTRPC();
  const exists = step >= 1 && (count === undefined || step <= count);
  const { data } = useQuery(trpc.board.get.queryOptions(exists ? { projectId, at: { step } } : skipToken, PAST));
  return exists ? data?.asOf?.position : null;
}

export function NeighbourLinks({ projectId, projectKey, step, position, count }: NeighbourLinksProps) {
  const previous = useStepPosition(projectId, step - 1, count);
  const next = useStepPosition(projectId, step + 1, count);
  return (
    <div className="flex gap-2">
      <Neighbour projectKey={projectKey} position={previous} label="Previous event" arrow="←" />
      {/* A step past the last one answers with the last: this event. */}
      <Neighbour projectKey={projectKey} position={next === position ? null : next} label="Next event" arrow="→" />
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
  position: number | null | undefined;
  label: string;
  arrow: string;
}) {
  const content = arrow === '←' ? `${arrow} ${label}` : `${label} ${arrow}`;
  if (!position)
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
