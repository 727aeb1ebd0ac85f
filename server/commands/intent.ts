import { createHash } from 'node:crypto';
import type { CommandIntent } from './context';

/**
 * The intent of a command as its procedure parsed it. A zod object builds its output in the order of its schema,
 * whatever order the client sent, so the JSON of a parsed payload is the same for the same command.
 */
export function intentOf(procedure: string, payload: unknown): CommandIntent {
  const payloadHash = createHash('sha256')
    .update(JSON.stringify(payload ?? null))
    .digest('base64url');
  return { procedure, payloadHash };
}

/** Commands sent by tooling (the seed, the load set-up) with a fresh id each: nothing to match them against. */
export const toolIntent = (what: string): CommandIntent => ({ procedure: `tool:${what}`, payloadHash: '' });
