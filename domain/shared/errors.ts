/**
 * The ways a command can be refused by the rules of the tracker. The server maps each kind to one transport code,
 * so a decider never needs to know about HTTP or tRPC.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'rule_violated' | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string) => new DomainError('invalid', message, field);
export const notFound = (message: string) => new DomainError('not_found', message);
export const ruleViolated = (message: string) => new DomainError('rule_violated', message);
export const forbidden = (message: string) => new DomainError('forbidden', message);
