import { TRPCError } from '@trpc/server';
import { DomainError, type DomainErrorKind } from '@/domain';
import { DataFolderInUseError } from '../db/data-folder-in-use-error';
import { isDatabaseUnreachable, isStatementCancelled } from '../db/failures';
import { CommandIdReusedError } from '../commands/errors';
import { ConcurrencyError } from '../event-store';
import { PersonForgottenError } from '../event-store/person-keys';

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
  if (error instanceof PersonForgottenError) {
    // Only a signed-in copy of a session made before the account was deleted can get here (its cookie cache).
    return new TRPCError({ code: 'UNAUTHORIZED', message: 'This account was deleted.', cause: error });
  }
  if (error instanceof CommandIdReusedError) {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'This command id was already used for another command. Send a new id for a new command.',
      cause: error,
    });
  }
  if (isDatabaseUnreachable(error)) {
    // A command carries its id, so the same one sent again is applied at most once, even if this one did commit.
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database cannot be reached just now. Please try again in a moment.',
      cause: error,
    });
  }
  if (error instanceof DataFolderInUseError) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: error.publicMessage, cause: error });
  }
  if (isStatementCancelled(error)) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database took too long to answer, so nothing was changed. Please try again in a moment.',
      cause: error,
    });
  }
  return undefined;
}
