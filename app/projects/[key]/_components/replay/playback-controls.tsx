'use client';

import { useId } from 'react';
import { buttonStyles } from '../../../../_components/ui/styles';
import { SPEEDS, type Speed, type usePlayback } from './use-playback';

export function PlaybackControls({ playback }: { playback: ReturnType<typeof usePlayback> }) {
  const speedId = useId();
  return (
    <div className="flex items-center gap-2">
      <button type="button" onClick={playback.toggle} className={`${buttonStyles.secondary} w-24`}>
        <span aria-hidden="true">{playback.playing ? '❚❚' : '▶'}</span>
        {playback.playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={speedId} className="text-sm text-stone-600">
        Speed
      </label>
      <select
        id={speedId}
        value={playback.speed}
        onChange={(event) => {
          playback.setSpeed(Number(event.target.value) as Speed);
        }}
        className="min-h-10 rounded-md border border-stone-300 bg-white px-2 text-sm"
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {speed} {speed === 1 ? 'event' : 'events'}/s
          </option>
        ))}
      </select>
    </div>
  );
}
