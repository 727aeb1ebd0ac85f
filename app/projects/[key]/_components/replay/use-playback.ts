import { useEffect, useRef, useState } from 'react';

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];
const CATCH_UP_MS = 1000;

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
 * a board takes to read and draw comes out of the wait, so 16 events/s is 16 a second, and a step drawn late is
 * made up by the next ones coming at once (each still drawn). Only a wait of more than a second (a board slow to
 * read) starts the clock over, rather than rush through all the steps it held up.
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
        due.current = now - due.current > CATCH_UP_MS ? now + interval : due.current + interval;
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
