import { describe, expect, it } from 'vitest';
import { elideUnchanged, MAX_EDITS, onlySpacingChanged, wordDiff } from './word-diff';

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('wordDiff', () => {
  it('marks the words removed and added, keeping the rest as it was', () => {
    expect(wordDiff('Ship the new pricing page', 'Ship the final pricing page today')).toEqual([
      { kind: 'same', text: 'Ship the ' },
      { kind: 'removed', text: 'new' },
      { kind: 'added', text: 'final' },
      { kind: 'same', text: ' pricing page ' },
      { kind: 'added', text: 'today' },
    ]);
  });

  it('tells text written from nothing, and text removed whole', () => {
    expect(wordDiff('', 'First words')).toEqual([{ kind: 'added', text: 'First words' }]);
    expect(wordDiff('Last words', '')).toEqual([{ kind: 'removed', text: 'Last words' }]);
  });

  it('shows a text rewritten beyond any alignment as removed whole and added whole', () => {
    const [before, after] = [words(MAX_EDITS * 2, 'old'), words(MAX_EDITS * 2, 'new')];
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('sees a change of spacing alone as no change of words, and says so', () => {
    const parts = wordDiff('One line.\nTwo lines.', 'One line.\n\nTwo lines.');
    expect(parts.every((p) => p.kind === 'same')).toBe(true);
    expect(onlySpacingChanged('One line.\nTwo lines.', 'One line.\n\nTwo lines.', parts)).toBe(true);
    expect(onlySpacingChanged('Same', 'Same', wordDiff('Same', 'Same'))).toBe(false);
  });
});

describe('elideUnchanged', () => {
  it('shortens long unchanged runs to the words around the changes, and keeps every word', () => {
    const before = `${words(100, 'a')} old ${words(100, 'b')}`;
    const after = `${words(100, 'a')} new ${words(100, 'b')}`;
    const parts = elideUnchanged(wordDiff(before, after), 3);
    expect(parts.map((p) => p.kind)).toEqual(['elided', 'same', 'removed', 'added', 'same', 'elided']);
    expect(parts[1]).toEqual({ kind: 'same', text: ' a97 a98 a99 ' });
    expect(parts[4]).toEqual({ kind: 'same', text: ' b0 b1 b2 ' });
    expect(parts[0]).toMatchObject({ kind: 'elided', words: 97 });
    // Put back together, the shortened diff is still the new text.
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('leaves short diffs, and diffs that only add or only remove, whole', () => {
    const short = wordDiff('a b c d', 'a b x d');
    expect(elideUnchanged(short, 3)).toEqual(short);
    expect(elideUnchanged(wordDiff('', words(200)))).toEqual([{ kind: 'added', text: words(200) }]);
  });

  it('keeps context on both sides of an unchanged run between two changes', () => {
    const before = `x ${words(50)} y`;
    const after = `X ${words(50)} Y`;
    const parts = elideUnchanged(wordDiff(before, after), 2);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added', 'same', 'elided', 'same', 'removed', 'added']);
    expect(parts[2]?.text).toBe(' w0 w1 ');
    expect(parts[4]?.text).toBe(' w48 w49 ');
  });
});
