'use client';

import { useCallback } from 'react';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { useExactTime } from '../../../../../_components/ui/exact-time';
import { useMembers } from '../../../_lib/use-members';
import { activityText } from '../../../_components/activity/activity-words';
import { ReplaySlider } from '../../../_components/replay/replay-slider';
import { useChangeTrack, type TrackPoint } from '../../../_components/replay/use-change-track';

interface TaskSliderProps {
  projectId: string;
  taskId: string;
  /** "WEB-12" */
  name: string;
  /** The position asked for; null for the task's latest change. */
  at: number | null;
  /** Whether the task of `at` is on screen yet. */
  shown: boolean;
  onAt: (position: number) => void;
  autoFocus: boolean;
}

const stepButton = `${buttonStyles.secondary} w-10 px-0`;

/** The task as of any change of its own history: the board's slider, stepping through this task's changes only. */
export function TaskSlider({ projectId, taskId, name, at, shown, onAt, autoFocus }: TaskSliderProps) {
  const people = useMembers(projectId);
  const format = useExactTime();
  const onPoint = useCallback(
    (point: TrackPoint) => {
      if ('position' in point) onAt(point.position);
    },
    [onAt],
  );
  const track = useChangeTrack({
    projectId,
    filter: { taskId },
    point: at === null ? null : { position: at },
    step: 0,
    count: 0,
    onPoint,
  });
  const current = track.items.find((item) => item.number === track.value);
  const loading = track.loading || !shown;
  const where = `Change ${track.value} of ${track.count} to ${name}`;
  const said = current?.activity ? activityText(current.activity, people.nameOf) : '';

  return (
    <div className="mt-2 space-y-1">
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-label="Previous change"
          disabled={track.value <= 1}
          onClick={() => {
            track.goTo(track.value - 1);
          }}
          className={stepButton}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <ReplaySlider
          label={`History of ${name}`}
          min={1}
          max={Math.max(1, track.count)}
          value={track.value}
          valueText={loading || !current ? `${where}, loading` : `${where}: ${format(current.time)} — ${said}`}
          onChange={track.goTo}
          autoFocus={autoFocus}
        />
        <button
          type="button"
          aria-label="Next change"
          disabled={track.value >= track.count}
          onClick={() => {
            track.goTo(track.value + 1);
          }}
          className={stepButton}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <p aria-busy={loading} className={`text-sm break-words text-stone-800 ${loading ? 'opacity-60' : ''}`}>
        <span className="font-medium text-stone-600 tabular-nums">
          {where}
          {current && ` · step ${current.step} of the project`}:{' '}
        </span>
        {said}
      </p>
    </div>
  );
}
