'use client';

import { useQuery } from '@tanstack/react-query';
import { DEFAULT_LABEL_COLOUR, type LabelColour } from '@/domain/vocabulary';
import { useTRPC } from '../../../_trpc/client';
import { useLabelsThen } from './labels-then';

/**
 * The project's label list and the colour of any label a task carries: a name the list lacks (older than the list,
 * or typed freely) is shown in the default colour. Inside a past view, the list is the one of that point.
 */
export function useLabels(projectId: string) {
  const trpc = useTRPC();
  const then = useLabelsThen();
  const { data: current = [] } = useQuery(trpc.project.labels.queryOptions({ projectId }, { enabled: then === null }));
  const labels = then ?? current;
  const colourOf = (name: string): LabelColour => labels.find((l) => l.name === name)?.colour ?? DEFAULT_LABEL_COLOUR;
  return { labels, colourOf };
}
