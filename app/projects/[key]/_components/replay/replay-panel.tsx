'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { AsOf } from '../../../../_lib/router-types';
import { useExactTime } from '../../../../_components/ui/exact-time';
import { buttonStyles, linkStyles } from '../../../../_components/ui/styles';
import { boardHref, compareHref } from '../../_lib/links';
import { useCan } from '../../_lib/use-can';
import { ForkButton } from '../acts/fork-button';
import { RestoreButton } from '../acts/restore-button';
import { CompareMark, type StepPoint } from './compare-mark';
import { NamePointForm } from './name-point-form';
import { NamedPointMarks } from './named-point-marks';
import { PlaybackControls } from './playback-controls';
import { ReplaySlider } from './replay-slider';
import { StepCaption, useStepText } from './step-caption';
import type { usePlayback } from './use-playback';

interface ReplayPanelProps {
  projectId: string;
  projectKey: string;
  count: number;
  /** Where the slider stands: the step asked for, which may still be loading. */
  step: number;
  /** The step whose board is on screen. */
  asOf: AsOf;
  onStep: (step: number) => void;
  onExit: () => void;
  playback: ReturnType<typeof usePlayback>;
  autoFocus: boolean;
  ref: React.Ref<HTMLElement>;
  /** With a filter the slider steps through the matching changes only: where it stands among them. */
  matching?: { index: number; count: number; loading: boolean } | null;
  /** Beside the controls: the list of changes around the point. */
  aside?: React.ReactNode;
}

const stepButton = `${buttonStyles.secondary} w-10 px-0`;

export function ReplayPanel({
  projectId,
  projectKey,
  count,
  step,
  asOf,
  onStep,
  onExit,
  playback,
  autoFocus,
  ref,
  matching = null,
  aside,
}: ReplayPanelProps) {
  const format = useExactTime();
  const canName = useCan(projectKey, 'changeTasks');
  const stepText = useStepText(projectId);
  const [mark, setMark] = useState<StepPoint | null>(null);
  const [value, max] = matching ? [matching.index, matching.count] : [step, count];
  const loading = matching ? matching.loading : step !== asOf.step;
  const where = matching ? `Change ${value} of ${max} matching` : `Step ${value} of ${max}`;
  const go = (next: number) => {
    playback.pause();
    onStep(next);
  };

  return (
    <section
      ref={ref}
      aria-label="Replay"
      className="z-20 mb-4 border-y border-amber-200 bg-amber-50 shadow-xs sm:sticky sm:top-0 lg:flex"
    >
      <div className="min-w-0 space-y-2 px-4 py-3 sm:px-6 lg:flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <p className="min-w-0 flex-1 text-sm text-amber-950">
            <strong className="font-semibold">
              Viewing {projectKey} as of {format(asOf.time)}
            </strong>{' '}
            — read-only
          </p>
          <button type="button" onClick={onExit} className={buttonStyles.primary}>
            Back to live
          </button>
        </div>

        <div className="flex items-center gap-2">
          <button
            type="button"
            aria-label="Previous event"
            disabled={value <= 1}
            onClick={() => {
              go(value - 1);
            }}
            className={stepButton}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <ReplaySlider
            label="Replay history"
            min={1}
            max={max}
            value={value}
            valueText={loading ? `${where}, loading` : `${where}: ${stepText(asOf)}`}
            onChange={go}
            mark={matching ? null : (mark?.step ?? null)}
            autoFocus={autoFocus}
          />
          <button
            type="button"
            aria-label="Next event"
            disabled={value >= max}
            onClick={() => {
              go(value + 1);
            }}
            className={stepButton}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>

        <NamedPointMarks projectId={projectId} count={count} step={step} onStep={go} />

        <div aria-busy={loading} className={loading ? 'opacity-60' : undefined}>
          <StepCaption projectId={projectId} asOf={asOf} count={count} matching={matching} />
        </div>

        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <PlaybackControls playback={playback} />
          <div className="flex flex-wrap items-center gap-x-4 sm:ml-auto">
            {/* Not prefetched: they change with every step, and each prefetch is a request to the server. */}
            <Link prefetch={false} href={boardHref(projectKey, asOf.position)} className={linkStyles}>
              Link to this point
            </Link>
            <Link prefetch={false} href={compareHref(projectKey, asOf.position)} className={linkStyles}>
              Compare with live
            </Link>
            <CompareMark projectKey={projectKey} mark={mark} current={asOf} onMark={setMark} />
          </div>
        </div>

        {canName && <NamePointForm projectId={projectId} position={asOf.position} step={asOf.step} />}

        <div className="flex flex-wrap items-center gap-2">
          {canName && (
            <RestoreButton
              projectId={projectId}
              projectKey={projectKey}
              position={asOf.position}
              time={asOf.time}
              onRestored={onExit}
            />
          )}
          <ForkButton projectId={projectId} projectKey={projectKey} position={asOf.position} time={asOf.time} />
        </div>
      </div>
      {aside}
    </section>
  );
}
