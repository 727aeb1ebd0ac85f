'use client';

import Link from 'next/link';
import { linkStyles } from '../../../../_components/ui/styles';
import { compareHref } from '../../_lib/links';

export interface StepPoint {
  step: number;
  position: number;
}

interface CompareMarkProps {
  projectKey: string;
  mark: StepPoint | null;
  current: StepPoint;
  onMark: (mark: StepPoint | null) => void;
}

/** Comparing two points of the slider: mark one, move to the other, then open the comparison. */
export function CompareMark({ projectKey, mark, current, onMark }: CompareMarkProps) {
  const button = `${linkStyles} cursor-pointer`;
  if (!mark)
    return (
      <button
        type="button"
        onClick={() => {
          onMark(current);
        }}
        className={button}
      >
        Mark for comparison
      </button>
    );
  const [from, to] = mark.position <= current.position ? [mark, current] : [current, mark];
  return (
    <>
      {from.position === to.position ? (
        <span className="inline-flex min-h-10 items-center text-sm text-stone-600">
          Marked event {mark.step}: move to another event to compare
        </span>
      ) : (
        <Link prefetch={false} href={compareHref(projectKey, from.position, to.position)} className={linkStyles}>
          Compare event {from.step} with {to.step}
        </Link>
      )}
      <button
        type="button"
        onClick={() => {
          onMark(null);
        }}
        className={button}
      >
        Clear mark
      </button>
    </>
  );
}
