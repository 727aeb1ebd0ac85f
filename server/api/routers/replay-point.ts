import { z } from 'zod';

/** `at` on a query: a global position (exact) or a moment (the last event at or before it). */
export const replayPoint = z
  .union([
    z.object({ position: z.number().int().nonnegative() }),
    z.object({ time: z.coerce.date() }),
    z.object({ step: z.number().int().nonnegative() }),
  ])
  .optional();
