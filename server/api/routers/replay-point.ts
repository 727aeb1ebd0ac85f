import { z } from 'zod';
import { moment, position } from '../input';

/**
 * `at` on a query: an event of the project by its global position (exact), a moment (the last event at or before
 * it), or the n-th step of the project (a change the History lists, what the replay slider steps through).
 */
export const point = z.union([
  z.strictObject({ position }),
  z.strictObject({ time: moment }),
  z.strictObject({ step: position }),
]);

export const replayPoint = point.optional();
export type ReplayPointInput = z.infer<typeof point>;
