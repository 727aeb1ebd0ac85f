import { useEffect, useRef, useState } from 'react';

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];

interface PlaybackOptions {
  step: number;
  count: number;
  /** Whether the board of the current step is on screen: playing waits for it, so no step is skipped unseen. */
  ready: boolean;
  onStep: (step: number) => void;
}

/**
 * Plays history forward, one event at a time at `speed` events a second, and stops at the last event. Each step is
 * due at a moment of a clock started with the playing, not a fixed wait after the previous board was drawn: the time
 * a board takes to read and draw comes out of the wait, so 16 events/s is 16 a second. A board that took longer than
 * a whole step starts the clock over from it, rather than rushing through the steps it missed.
 */
export function usePlayback({ step, count, ready, onStep }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(4);
  const due = useRef(0);

  useEffect(() => {
    if (!playing) return;
    due.current = performance.now() + 1000 / speed;
  }, [playing, speed]);

  useEffect(() => {
    if (!playing || !ready) return;
    const timer = setTimeout(
      () => {
        if (step >= count) {
          setPlaying(false);
          return;
        }
        const interval = 1000 / speed;
        const now = performance.now();
        due.current = now - due.current > interval ? now + interval : due.current + interval;
        onStep(step + 1);
      },
      Math.max(0, due.current - performance.now()),
    );
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
