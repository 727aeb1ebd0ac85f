import { describe, expect, it } from 'vitest';
import { UnreadableEventError } from './errors';
import { toStored, upcast } from './serialization';

describe('event serialisation', () => {
  it('stores an event with its current schema version', () => {
    expect(toStored({ type: 'TaskRenamed', data: { title: 'New' } })).toEqual({
      type: 'TaskRenamed',
      schemaVersion: 1,
      data: { title: 'New' },
    });
  });

  it('refuses to store an event its schema does not accept', () => {
    expect(() => toStored({ type: 'TaskRenamed', data: { title: '' } })).toThrow(/invalid TaskRenamed/);
  });

  it('reads an event back in its current shape', () => {
    expect(upcast(7, 'TaskMoved', 1, { fromStatusId: 'a', toStatusId: 'b', rank: 'a0' })).toEqual({
      type: 'TaskMoved',
      data: { fromStatusId: 'a', toStatusId: 'b', rank: 'a0' },
    });
  });

  it.each([
    ['an unknown type', 'TaskTeleported', 1, {}, /position 42 \(TaskTeleported v1\).*no schema/],
    ['an unknown version', 'TaskRenamed', 9, { title: 'x' }, /position 42 \(TaskRenamed v9\).*no schema/],
    ['data no schema accepts', 'TaskRenamed', 1, { name: 'x' }, /position 42 \(TaskRenamed v1\)/],
  ])('stops at %s with an error naming the position, type and version', (_, type, version, data, message) => {
    expect(() => upcast(42, type, version, data)).toThrow(UnreadableEventError);
    expect(() => upcast(42, type, version, data)).toThrow(message);
  });
});
