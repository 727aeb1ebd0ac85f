import { diffWords } from 'diff';

/** A run of a text diff: words both versions have, words only the old one had, or words only the new one has. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** A run of unchanged words left out of a long diff, shown as "…" until the reader asks for the whole text. */
export interface ElidedPart {
  readonly kind: 'elided';
  readonly text: string;
  readonly words: number;
}

/**
 * Beyond this many edits the word diff gives up (a description rewritten whole would take seconds to align word by
 * word, and its alignment would say nothing): the old text is then shown removed and the new one added.
 */
export const MAX_EDITS = 400;

/** How many words of unchanged text stay on each side of a change when a long diff is shortened. */
export const CONTEXT_WORDS = 12;

/** The word-level difference between two texts; whitespace counts only between words. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  const parts: DiffPart[] = changes
    ? changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
    : [
        { kind: 'removed', text: before },
        { kind: 'added', text: after },
      ];
  return parts.filter((part) => part.text !== '');
}

/** True when the texts differ in spacing or line breaks alone, which a word diff does not show. */
export const onlySpacingChanged = (before: string, after: string, parts: readonly DiffPart[]) =>
  before !== after && parts.every((part) => part.kind === 'same');

/**
 * The diff with long unchanged runs shortened to the words around the changes, so that a one-word change in a long
 * description is found at a glance. Nothing is left out of a diff that only adds or only removes text.
 */
export function elideUnchanged(parts: readonly DiffPart[], context = CONTEXT_WORDS): (DiffPart | ElidedPart)[] {
  if (!parts.some((part) => part.kind === 'same')) return [...parts];
  return parts.flatMap((part, index): (DiffPart | ElidedPart)[] => {
    if (part.kind !== 'same') return [part];
    const keepBefore = index === 0 ? 0 : context;
    const keepAfter = index === parts.length - 1 ? 0 : context;
    const tokens = part.text.match(/\s+|\S+/g) ?? [];
    const wordAt = tokens.flatMap((token, i) => (/\S/.test(token) ? [i] : []));
    const words = wordAt.length;
    if (words <= keepBefore + keepAfter + context) return [part];
    // The head ends with the space after its last word, the tail starts with the space before its first.
    const headEnd = keepBefore === 0 ? 0 : wordAt[keepBefore - 1]! + 2;
    const tailStart = keepAfter === 0 ? tokens.length : wordAt[words - keepAfter]! - 1;
    const [head, middle, tail] = [
      tokens.slice(0, headEnd).join(''),
      tokens.slice(headEnd, tailStart).join(''),
      tokens.slice(tailStart).join(''),
    ];
    const elided: ElidedPart = { kind: 'elided', text: middle, words: words - keepBefore - keepAfter };
    return [
      ...(head ? [{ kind: 'same', text: head } as const] : []),
      elided,
      ...(tail ? [{ kind: 'same', text: tail } as const] : []),
    ];
  });
}
