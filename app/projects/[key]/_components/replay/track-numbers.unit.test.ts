import { describe, expect, it } from 'vitest';
import { numbered } from './track-numbers';

const item = (position: number, step: number) => ({
  position,
  step,
  time: new Date(0),
  actorId: 'a',
  activity: null,
});
const numbers = (data: Parameters<typeof numbered>[0]) => numbered(data).map((i) => i.number);

describe('numbers on the track', () => {
  it('count from the current change, whatever the positions in between', () => {
    const items = [item(10, 4), item(17, 9), item(40, 20), item(41, 21)];
    expect(numbers({ items, current: 17, index: 7 })).toEqual([6, 7, 8, 9]);
    expect(numbers({ items, current: 41, index: 12 })).toEqual([9, 10, 11, 12]);
  });

  it('start at 1 before the first change, and are none for no list', () => {
    expect(numbers({ items: [item(5, 1), item(8, 2)], current: null, index: 0 })).toEqual([1, 2]);
    expect(numbers(undefined)).toEqual([]);
  });
});
