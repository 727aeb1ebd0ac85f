import { describe, expect, it } from 'vitest';
import { handleOf, mentionAtCaret, mentionedHandles } from './mentions';

describe('handles', () => {
  it('are the lowercased local part of the e-mail address', () => {
    expect(handleOf('Ben@chronicle.test')).toBe('ben');
    expect(handleOf('chloe.m+work@example.com')).toBe('chloe.mwork');
  });
});

describe('mentions in text', () => {
  it('finds each handle once, lowercased, in order', () => {
    expect(mentionedHandles('@Ben can you and @chloe.m look? Thanks @ben.')).toEqual(['ben', 'chloe.m']);
  });

  it('takes neither e-mail addresses nor a lone @ for mentions', () => {
    expect(mentionedHandles('write to ana@example.com @ or @-')).toEqual([]);
  });

  it('finds mentions after punctuation and at line starts', () => {
    expect(mentionedHandles('(@ana)\n@dev: done')).toEqual(['ana', 'dev']);
  });
});

describe('the mention being typed', () => {
  it('is the @ and the letters before the caret', () => {
    expect(mentionAtCaret('hi @be', 6)).toEqual({ start: 3, query: 'be' });
    expect(mentionAtCaret('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('is none after a space or inside an address', () => {
    expect(mentionAtCaret('hi @ben ', 8)).toBeNull();
    expect(mentionAtCaret('ana@exa', 7)).toBeNull();
  });
});
