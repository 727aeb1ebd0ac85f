import { parsePosition } from '../../../_lib/links';

/** An end of a comparison, as history.diff takes it. */
export type ComparePoint = { position: number } | { time: Date } | { step: number };

const DAY = 24 * 3600 * 1000;

/** Words that stay relative in a shared link: "since yesterday" means since yesterday whenever it is opened. */
const PRESETS: Record<string, { label: string; point: (now: number) => ComparePoint }> = {
  yesterday: { label: 'since yesterday', point: (now) => ({ time: new Date(now - DAY) }) },
  'last-week': { label: 'since last week', point: (now) => ({ time: new Date(now - 7 * DAY) }) },
  start: { label: 'since the project began', point: () => ({ step: 0 }) },
};

/** `from` or `to` of the address: a position, a moment (ISO) or a preset word; null for anything else. */
export function readComparePoint(value: string | undefined, now: number): ComparePoint | null {
  if (!value) return null;
  const preset = PRESETS[value];
  if (preset) return preset.point(now);
  const position = parsePosition(value);
  if (position) return { position };
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : { time: new Date(time) };
}

/** Both ends of the comparison the address asks for, as of this request: by default, since yesterday until now. */
export function resolveComparison(fromParam: string | undefined, toParam: string | undefined) {
  const now = Date.now();
  return {
    from: readComparePoint(fromParam, now) ?? readComparePoint('yesterday', now)!,
    to: readComparePoint(toParam, now) ?? { time: new Date(now) },
  };
}

/** A heading for the comparison the address asks for. */
export function compareTitle(from: string | undefined, to: string | undefined): string {
  const preset = from ? PRESETS[from] : PRESETS.yesterday;
  return preset && !to ? `What changed ${preset.label}` : 'What changed between two moments';
}

/**
 * The ends the compare form shows: each as the address asked it and its moment (the moment asked, or the time of the
 * event named). None for the start, which is no moment, nor for a `to` left out, which is now.
 */
export function shownEnds(
  params: { from: string | undefined; to: string | undefined },
  points: { from: ComparePoint; to: ComparePoint },
  times: { from: Date; to: Date },
) {
  const end = (param: string | undefined, point: ComparePoint, time: Date) =>
    'step' in point ? null : { param: param ?? 'yesterday', time: 'time' in point ? point.time : time };
  const fromParam = params.from && readComparePoint(params.from, 0) ? params.from : undefined;
  const toAsked = params.to !== undefined && readComparePoint(params.to, 0) !== null;
  return {
    from: end(fromParam, points.from, times.from),
    to: toAsked ? end(params.to, points.to, times.to) : null,
  };
}
