import { expect } from 'vitest';
import type { Decider } from './decider';
import { DomainError, type DomainErrorKind } from './errors';

/** given(events).when(command).then(events) or .thenThrows(kind, message): how every decider rule is specified. */
export function specFor<C, S, E>(decider: Decider<C, S, E>) {
  return (history: readonly E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState));
      return {
        then: (expected: readonly E[]) => {
          expect(run()).toEqual(expected);
        },
        thenThrows: (kind: DomainErrorKind, message?: RegExp | string) => {
          let error: unknown;
          try {
            run();
          } catch (e) {
            error = e;
          }
          expect(error, 'expected the command to be refused').toBeInstanceOf(DomainError);
          expect((error as DomainError).kind).toBe(kind);
          if (message !== undefined) expect((error as DomainError).message).toMatch(message);
        },
      };
    },
  });
}
