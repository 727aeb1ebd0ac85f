'use client';

import { useEffect, useRef } from 'react';

interface ReplaySliderProps {
  label: string;
  min: number;
  max: number;
  value: number;
  valueText: string;
  onChange: (value: number) => void;
  /** A second point shown on the track, such as the start of a comparison. */
  mark?: number | null;
  /** Focus the thumb when the slider appears (React's own autoFocus leaves out elements that are not fields). */
  autoFocus?: boolean;
}

type KeyMove = (value: number, min: number, max: number) => number;
const KEY_MOVES: Record<string, KeyMove> = {
  ArrowLeft: (v) => v - 1,
  ArrowDown: (v) => v - 1,
  ArrowRight: (v) => v + 1,
  ArrowUp: (v) => v + 1,
  PageDown: (v) => v - 10,
  PageUp: (v) => v + 10,
  Home: (_v, min) => min,
  End: (_v, _min, max) => max,
};

/**
 * The WAI-ARIA slider pattern: the thumb takes focus and the keys, and the whole track takes the pointer, so a click
 * anywhere jumps there and a drag (mouse, pen or finger) scrubs.
 */
export function ReplaySlider({
  label,
  min,
  max,
  value,
  valueText,
  onChange,
  mark = null,
  autoFocus = false,
}: ReplaySliderProps) {
  const thumb = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) thumb.current?.focus();
  }, [autoFocus]);
  const track = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const percent = (v: number) => `${(max > min ? (v - min) / (max - min) : 1) * 100}%`;
  const change = (next: number) => {
    if (next !== value) onChange(next);
  };
  const valueAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return value;
    return clamp(min + Math.round(((clientX - box.left) / box.width) * (max - min)));
  };

  return (
    // The padding keeps the thumb, centred on the track's ends, inside the control.
    <div
      className="min-w-0 flex-1 cursor-pointer touch-none px-3 select-none"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        thumb.current?.focus();
        change(valueAt(event.clientX));
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) change(valueAt(event.clientX));
      }}
      // Keeps the focus just given to the thumb: a press on the bare track would otherwise take it away.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
    >
      <div ref={track} className="relative h-11">
        <div className="absolute inset-x-0 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-stone-300" />
        <div
          className="absolute top-1/2 left-0 h-1.5 -translate-y-1/2 rounded-full bg-indigo-600"
          style={{ width: percent(value) }}
        />
        {mark !== null && (
          <div
            aria-hidden="true"
            title="Marked for comparison"
            className="absolute top-1/2 h-5 w-1 -translate-x-1/2 -translate-y-1/2 rounded-full bg-amber-500"
            style={{ left: percent(mark) }}
          />
        )}
        <div
          ref={thumb}
          role="slider"
          tabIndex={0}
          aria-label={label}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={valueText}
          aria-orientation="horizontal"
          onKeyDown={(event) => {
            const move = KEY_MOVES[event.key];
            if (!move) return;
            event.preventDefault();
            change(clamp(move(value, min, max)));
          }}
          className="absolute top-1/2 size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-indigo-600 bg-white shadow-md"
          style={{ left: percent(value) }}
        />
      </div>
    </div>
  );
}
