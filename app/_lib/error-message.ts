import { isTRPCClientError } from '@trpc/client';

/** What a person reads when a command or query is refused: the server's own words when it answered at all. */
export function errorMessage(error: unknown): string {
  if (isTRPCClientError(error)) {
    // Without `data` the answer never came from a procedure: the network or the server itself failed.
    return error.data ? error.message : 'Could not reach Chronicle. Check your connection and try again.';
  }
  return 'Something went wrong. Please try again.';
}
