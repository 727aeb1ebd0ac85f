import { describe, expect, it } from 'vitest';
import { StreamStates } from './stream-states';

describe('the states of streams already folded', () => {
  it('gives a state only to a reader at its version or later', () => {
    const states = new StreamStates<string>(10);
    states.set('project-1', 5, 'at five');
    expect(states.get('project-1', 5)).toEqual({ version: 5, state: 'at five' });
    expect(states.get('project-1', 8)).toEqual({ version: 5, state: 'at five' });
    expect(states.get('project-1', 4)).toBeUndefined();
    expect(states.get('project-2', 5)).toBeUndefined();
  });

  it('forgets the least recently used stream beyond its capacity', () => {
    const states = new StreamStates<number>(2);
    states.set('a', 1, 1);
    states.set('b', 1, 1);
    states.get('a', 1);
    states.set('c', 1, 1);
    expect(states.get('b', 1)).toBeUndefined();
    expect(states.get('a', 1)).toBeDefined();
    expect(states.get('c', 1)).toBeDefined();
  });
});
