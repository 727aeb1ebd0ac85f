import { describe, expect, it } from 'vitest';
import {
  checkAcknowledged,
  checkAllOrNothing,
  checkPositions,
  checkRefused,
  checkStreams,
  diffRows,
  isOneRangeEndingAt,
  positionsByCommand,
  verdict,
  type LoggedEvent,
} from './check-logic';

const event = (position: number, commandId: string, streamId = 'task-a', streamVersion = position): LoggedEvent => ({
  position,
  commandId,
  streamId,
  streamVersion,
});

describe('one range ending at the answered position', () => {
  it('holds for the events of one append', () => {
    expect(isOneRangeEndingAt([7], 7)).toBe(true);
    expect(isOneRangeEndingAt([5, 6, 7], 7)).toBe(true);
    expect(isOneRangeEndingAt([], null)).toBe(true);
  });

  it('fails for a second application, a missing end or events of a "no change" answer', () => {
    expect(isOneRangeEndingAt([3, 7], 7)).toBe(false);
    expect(isOneRangeEndingAt([5, 6], 7)).toBe(false);
    expect(isOneRangeEndingAt([], 7)).toBe(false);
    expect(isOneRangeEndingAt([4], null)).toBe(false);
  });
});

describe('acknowledged commands', () => {
  const byCommand = positionsByCommand([event(1, 'a'), event(2, 'b'), event(3, 'b'), event(4, 'c'), event(5, 'a')]);

  it('groups positions by command, in order', () => {
    expect(byCommand.get('b')).toEqual([2, 3]);
    expect(byCommand.get('a')).toEqual([1, 5]);
  });

  it('passes a command stored once with the answered result, and one that changed nothing', () => {
    const processed = new Map<string, number | null>([
      ['b', 3],
      ['n', null],
    ]);
    expect(
      checkAcknowledged(
        [
          { commandId: 'b', position: 3 },
          { commandId: 'n', position: null },
        ],
        byCommand,
        processed,
      ),
    ).toEqual({ lost: [], notExactlyOnce: [] });
  });

  it('counts as lost a command without its record or without its events', () => {
    const processed = new Map<string, number | null>([['z', 9]]);
    const { lost } = checkAcknowledged(
      [
        { commandId: 'b', position: 3 },
        { commandId: 'z', position: 9 },
      ],
      byCommand,
      processed,
    );
    expect(lost).toHaveLength(2);
  });

  it('flags a command applied twice or recorded with another result', () => {
    const processed = new Map<string, number | null>([
      ['a', 5],
      ['c', 5],
    ]);
    const { notExactlyOnce } = checkAcknowledged(
      [
        { commandId: 'a', position: 5 },
        { commandId: 'c', position: 4 },
      ],
      byCommand,
      processed,
    );
    expect(notExactlyOnce).toHaveLength(2);
  });

  it('flags a refusal that left anything behind', () => {
    expect(checkRefused(['a', 'q', 'r'], byCommand, new Map([['r', null]]))).toEqual([
      'a was refused but stored',
      'r was refused but stored',
    ]);
  });
});

describe('all or nothing', () => {
  it('passes when events and records match', () => {
    const byCommand = positionsByCommand([event(1, 'a'), event(2, 'a')]);
    expect(
      checkAllOrNothing(
        byCommand,
        new Map<string, number | null>([
          ['a', 2],
          ['n', null],
        ]),
      ),
    ).toEqual([]);
  });

  it('flags events without a record and records without their events', () => {
    const byCommand = positionsByCommand([event(1, 'a'), event(2, 'b')]);
    const problems = checkAllOrNothing(byCommand, new Map([['b', 3]]));
    expect(problems).toEqual(['events 1 of a have no command record', 'b recorded position 3, events at 2']);
  });
});

describe('positions', () => {
  it('are 1..n with the counter at n', () => {
    expect(checkPositions([1, 2, 3], 3)).toEqual([]);
  });

  it('flag a gap and a counter that ran ahead', () => {
    expect(checkPositions([1, 3], 3)).toEqual(['position 3 at place 2', 'the counter stands at 3 for 2 events']);
  });
});

describe('streams', () => {
  it('pass versions 1..n in position order that end at the row', () => {
    const events = [event(1, 'x', 'p', 1), event(2, 'x', 't', 1), event(3, 'y', 'p', 2)];
    expect(
      checkStreams(
        events,
        new Map([
          ['p', 2],
          ['t', 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('flag a gap, a version out of position order, a row out of step and a row without events', () => {
    const events = [event(1, 'x', 'p', 2), event(2, 'x', 'p', 1), event(3, 'y', 't', 1)];
    expect(
      checkStreams(
        events,
        new Map([
          ['p', 1],
          ['q', 1],
        ]),
      ),
    ).toEqual([
      'p has version 2 at 1, not 1',
      'p has version 1 at 2, not 3',
      'q: row says 1, events end at 0',
      't has events but no row',
    ]);
  });
});

describe('read model diff', () => {
  it('finds rows missing on either side and rows that differ, Dates compared by value', () => {
    const at = (iso: string) => new Date(iso);
    const live = [
      { id: 'a', n: 1, at: at('2026-01-01') },
      { id: 'b', n: 2, at: at('2026-01-01') },
      { id: 'c', n: 3, at: at('2026-01-01') },
    ];
    const rebuilt = [
      { id: 'a', n: 1, at: at('2026-01-01') },
      { id: 'b', n: 5, at: at('2026-01-01') },
      { id: 'd', n: 4, at: at('2026-01-01') },
    ];
    expect(diffRows('tasks', live, rebuilt)).toEqual([
      'tasks b differs from the rebuild',
      'tasks c is live but not in the rebuild',
      'tasks d is in the rebuild but not live',
    ]);
    expect(diffRows('activity', [{ position: 1 }], [{ position: 1 }])).toEqual([]);
  });
});

describe('verdict', () => {
  it('names the first three problems and says how many there were', () => {
    expect(verdict('x', [], 'fine')).toEqual({ name: 'x', ok: true, detail: 'fine' });
    expect(verdict('x', ['a', 'b', 'c', 'd'], 'fine')).toEqual({
      name: 'x',
      ok: false,
      detail: '4 problem(s): a; b; c; …',
    });
  });
});
