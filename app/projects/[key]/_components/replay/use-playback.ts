import { useEffect, useState } from 'react';

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];

interface PlaybackOptions {
  step: number;
  count: number;
  /** Whether the board of the current step is on screen: playing waits for it, so no step is skipped unseen. */
  ready: boolean;
  onStep: (step: number) => void;
}

/** Plays history forward, one event at a time at `speed` events a second, and stops at the last event. */
export function usePlayback({ step, count, ready, onStep }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(4);

  useEffect(() => {
    if (!playing || !ready) return;
    const timer = setTimeout(() => {
      if (step >= count) setPlaying(false);
      else onStep(step + 1);
    }, 1000 / speed);
    return () => {
      clearTimeout(timer);
    };
  }, [playing, ready, step, count, speed, onStep]);

  return {
    playing,
    speed,
    setSpeed,
    toggle: () => {
      // Play at the end starts over from the first event.
      if (!playing && step >= count) onStep(1);
      setPlaying(!playing);
    },
    pause: () => {
      setPlaying(false);
    },
  };
}
