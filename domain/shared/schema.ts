import { z } from 'zod';

/**
 * The building blocks of command schemas. zod is the one package the domain uses: a command's schema is its type
 * (`z.infer`) and its limits at once, so a limit such as a title's length is written in one place, here in the domain,
 * and every edge that takes the command (the API, the seed) checks it the same way.
 */

// In a `u` regular expression a well-formed surrogate pair is one code point: only a lone half is category Cs.
const LONE_SURROGATE = /\p{Cs}/u;
export const isWellFormed = (value: string) => !LONE_SURROGATE.test(value);
export const BROKEN_TEXT = 'must be valid Unicode text (it holds a broken character)';

/**
 * Text a person typed, bounded. Text is Unicode without the NUL character: neither a lone half of a surrogate pair
 * nor NUL is something a person means, and PostgreSQL's text and jsonb cannot hold them.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character')
    .refine(isWellFormed, BROKEN_TEXT);

export const id = z.uuid();

export const email = z.email('Enter an e-mail address like ana@example.com').max(254);

/** The largest stream version, task number or index: PostgreSQL's 32-bit `integer`. */
export const INT4_MAX = 2_147_483_647;
export const int4 = (min = 0) => z.number().int().min(min).max(INT4_MAX);

/** The version of a stream its sender saw: a command carrying one is refused if the stream has moved on. */
export const expectedVersion = int4().optional();
