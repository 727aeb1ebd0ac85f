import { describe, expect, it } from 'vitest';
import { countUpTo } from './project-positions';

describe("a project's positions", () => {
  it('count how many events of the project are at or before a position', () => {
    const positions = [3, 7, 8, 20];
    expect([0, 3, 4, 7, 8, 19, 20, 99].map((p) => countUpTo(positions, p))).toEqual([0, 1, 1, 2, 3, 3, 4, 4]);
    expect(countUpTo([], 5)).toBe(0);
  });
});
