import { describe, expect, it } from 'vitest';
import { latencies, percentile, tally } from './stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('names the sample at the rank', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('rounds the rank up, so a small sample reports a value it holds', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 99)).toBe(30);
    expect(percentile([7], 0)).toBe(7);
  });

  it('has nothing to say without samples', () => {
    expect(percentile([], 50)).toBeNull();
    expect(latencies([])).toEqual({ p50: null, p95: null, p99: null, max: null });
  });

  it('sorts unsorted samples first', () => {
    expect(latencies([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, p99: 5, max: 5 });
  });
});

describe('tally', () => {
  it('counts labels, most frequent first, ties by name', () => {
    expect(tally(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([
      ['b', 3],
      ['a', 2],
      ['c', 1],
    ]);
  });
});
