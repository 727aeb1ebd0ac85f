import { z } from 'zod';

/**
 * Text from a client, bounded. PostgreSQL cannot store the NUL character in text or jsonb, so it is refused here,
 * with the other bad input, instead of failing deep in a query.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character');
