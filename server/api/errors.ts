import { TRPCError } from '@trpc/server';
import { DomainError, type DomainErrorKind } from '@/domain';
import { ConcurrencyError } from '../event-store';

const codeFor: Record<DomainErrorKind, TRPCError['code']> = {
  invalid: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  rule_violated: 'PRECONDITION_FAILED',
  forbidden: 'FORBIDDEN',
};

/** The one mapping from what the domain and the event store throw to what a client is told. */
export function toTRPCError(error: unknown): TRPCError | undefined {
  if (error instanceof DomainError)
    return new TRPCError({ code: codeFor[error.kind], message: error.message, cause: error });
  if (error instanceof ConcurrencyError) {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'Someone else changed this in the meantime. Reload to see their change, then try again.',
      cause: error,
    });
  }
  return undefined;
}
