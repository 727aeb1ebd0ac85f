'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { markRows } from './mark-rows';

interface NamedPointMarksProps {
  projectId: string;
  /** The slider's range and where it stands, in steps. */
  count: number;
  step: number;
  onStep: (step: number) => void;
}

/** A mark's widest label (`max-w-32`) with a little room: two marks closer than that share no row. */
const LABEL_WIDTH_PX = 136;
const ROW_HEIGHT_REM = 2;

/**
 * The project's named points under the slider's track, each where its step lies: a button with its name that jumps
 * there. Laid out as the slider's row is (the step buttons' width each side, the thumb's padding inside), so that a
 * mark points at its place on the track; marks too close to share a row go on the next one.
 */
export function NamedPointMarks({ projectId, count, step, onStep }: NamedPointMarksProps) {
  const trpc = useTRPC();
  const { data: points = [] } = useQuery(trpc.project.namedPoints.queryOptions({ projectId }));
  const [track, setTrack] = useState<HTMLUListElement | null>(null);
  const width = useWidth(track);
  const shown = points.filter((point) => point.step >= 1 && point.step <= count);
  const fraction = (at: number) => (count > 1 ? (at - 1) / (count - 1) : 1);
  const rows = markRows(
    shown.map((point) => ({ id: point.pointId, at: fraction(point.step) * width })),
    LABEL_WIDTH_PX,
  );
  if (shown.length === 0) return null;

  return (
    <div className="flex gap-2">
      <div className="w-10 shrink-0" />
      <ul
        ref={setTrack}
        aria-label="Named points"
        className="relative mx-3 min-w-0 flex-1"
        style={{ height: `${Math.max(1, ...rows.values()) * ROW_HEIGHT_REM}rem` }}
      >
        {shown.map((point) => (
          <li
            key={point.pointId}
            className="absolute -translate-x-1/2"
            style={{
              left: `${fraction(point.step) * 100}%`,
              top: `${((rows.get(point.pointId) ?? 1) - 1) * ROW_HEIGHT_REM}rem`,
            }}
          >
            <button
              type="button"
              aria-current={point.step === step ? 'step' : undefined}
              aria-label={`Go to “${point.name}”, step ${point.step}`}
              title={`${point.name} (step ${point.step})`}
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

/** The element's width in pixels, followed as the window (or the panel) changes size. */
function useWidth(element: HTMLElement | null) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return width;
}
