import { describe, expect, it } from 'vitest';
import { markRows } from './mark-rows';

describe('markRows', () => {
  it('keeps marks far enough apart on one row', () => {
    const rows = markRows(
      [
        { id: 'a', at: 0 },
        { id: 'b', at: 200 },
        { id: 'c', at: 400 },
      ],
      136,
    );
    expect([...rows.values()]).toEqual([1, 1, 1]);
  });

  it('moves a mark too close to the one before it onto the next row, and back up when there is room', () => {
    const rows = markRows(
      [
        { id: 'late', at: 150 },
        { id: 'first', at: 0 },
        { id: 'close', at: 40 },
        { id: 'closer', at: 80 },
        { id: 'far', at: 300 },
      ],
      136,
    );
    expect(Object.fromEntries(rows)).toEqual({ first: 1, close: 2, closer: 3, late: 1, far: 1 });
  });

  it('puts marks at the same place on rows of their own', () => {
    const rows = markRows(
      [
        { id: 'a', at: 10 },
        { id: 'b', at: 10 },
      ],
      136,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 1, b: 2 });
  });
});
