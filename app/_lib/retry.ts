import { isTRPCClientError } from '@trpc/client';
import type { AppRouter } from '@/server/api/root';

/**
 * For queries whose refusal is an answer ("the project did not exist yet at that point", "no such task"): asking
 * again cannot change a 4xx, so only failures of the network or the server are retried.
 */
export const retryUnlessRefused = (failureCount: number, error: unknown) =>
  failureCount < 3 && !(isTRPCClientError<AppRouter>(error) && (error.data?.httpStatus ?? 500) < 500);
