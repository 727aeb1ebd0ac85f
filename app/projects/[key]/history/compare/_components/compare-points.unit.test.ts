import { describe, expect, it } from 'vitest';
import { resolveComparison, shownEnds } from './compare-points';

const eventTimes = { from: new Date('2026-11-01T09:00:00.250Z'), to: new Date('2026-11-02T10:30:00.750Z') };
const ends = (from: string | undefined, to: string | undefined) =>
  shownEnds({ from, to }, resolveComparison(from, to), eventTimes);

describe('the ends the compare form shows', () => {
  it('are the events named by position, each with its time, sent again as the positions', () => {
    expect(ends('128', '138')).toEqual({
      from: { param: '128', time: eventTimes.from },
      to: { param: '138', time: eventTimes.to },
    });
  });

  it('are the moment asked, not the time of the event before it: since yesterday, 24 hours ago', () => {
    const before = Date.now();
    const { from, to } = ends('yesterday', undefined);
    expect(from?.param).toBe('yesterday');
    expect(before - 24 * 3600_000 - from!.time.getTime()).toBeLessThanOrEqual(0);
    expect(Date.now() - 24 * 3600_000 - from!.time.getTime()).toBeGreaterThanOrEqual(0);
    expect(to).toBeNull();
    expect(ends('2026-11-01T08:00:00.000Z', undefined).from).toEqual({
      param: '2026-11-01T08:00:00.000Z',
      time: new Date('2026-11-01T08:00:00.000Z'),
    });
  });

  it('leave a field empty for the start, which is no moment, and read an unknown word as the default', () => {
    expect(ends('start', '138').from).toBeNull();
    expect(ends('abc', undefined).from?.param).toBe('yesterday');
    expect(ends('128', 'abc').to).toBeNull();
  });
});
