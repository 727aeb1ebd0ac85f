'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';

interface NamedPointMarksProps {
  projectId: string;
  /** The slider's range and where it stands, in steps. */
  count: number;
  step: number;
  onStep: (step: number) => void;
}

/**
 * The project's named points under the slider's track, each where its step lies: a button with its name that jumps
 * there. Laid out as the slider's row is (the step buttons' width each side, the thumb's padding inside), so that a
 * mark points at its place on the track.
 */
export function NamedPointMarks({ projectId, count, step, onStep }: NamedPointMarksProps) {
  const trpc = useTRPC();
  const { data: points = [] } = useQuery(trpc.project.namedPoints.queryOptions({ projectId }));
  const shown = points.filter((point) => point.step >= 1 && point.step <= count);
  if (shown.length === 0) return null;
  const percent = (at: number) => `${(count > 1 ? (at - 1) / (count - 1) : 1) * 100}%`;

  return (
    <div className="flex gap-2">
      <div className="w-10 shrink-0" />
      <ul aria-label="Named points" className="relative mx-3 h-8 min-w-0 flex-1">
        {shown.map((point) => (
          <li key={point.pointId} className="absolute top-0 -translate-x-1/2" style={{ left: percent(point.step) }}>
            <button
              type="button"
              aria-current={point.step === step ? 'step' : undefined}
              aria-label={`Go to “${point.name}”, event ${point.step}`}
              title={`${point.name} (event ${point.step})`}
              onClick={() => {
                onStep(point.step);
              }}
              className="flex max-w-32 cursor-pointer flex-col items-center text-xs font-medium text-amber-900 hover:text-amber-950 aria-[current=step]:text-indigo-800"
            >
              <span aria-hidden="true" className="h-2 w-0.5 bg-amber-600" />
              <span className="max-w-32 truncate rounded border border-amber-300 bg-white px-1.5 py-0.5 shadow-xs hover:bg-amber-100">
                {point.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="w-10 shrink-0" />
    </div>
  );
}
