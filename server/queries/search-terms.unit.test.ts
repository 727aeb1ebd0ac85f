import { describe, expect, it } from 'vitest';
import { searchTerms, segmentsOf } from './search-terms';

describe('search terms', () => {
  it('matches the last word as a prefix, the rest as a search engine reads it', () => {
    expect(searchTerms('  login bu ')).toEqual({ head: 'login ', prefix: 'bu', ref: undefined });
    expect(searchTerms('"login page" or sign')).toMatchObject({ head: '"login page" or ', prefix: 'sign' });
    expect(searchTerms('login "')).toMatchObject({ head: 'login "', prefix: '' });
  });

  it('takes no prefix from an excluded word, nor any syntax into it', () => {
    expect(searchTerms('login -bug')).toMatchObject({ head: 'login -bug', prefix: '' });
    expect(searchTerms("&|!():*'\\x")).toMatchObject({ head: "&|!():*'\\", prefix: 'x' });
    expect(searchTerms('déjà')).toMatchObject({ head: '', prefix: 'déjà' });
  });

  it('reads a task number with or without its project key', () => {
    expect(searchTerms('web-12').ref).toEqual({ key: 'WEB', number: 12 });
    expect(searchTerms('#7').ref).toEqual({ key: undefined, number: 7 });
    expect(searchTerms('12').ref).toEqual({ key: undefined, number: 12 });
    expect(searchTerms('1234567890').ref).toBeUndefined();
    expect(searchTerms('web 12').ref).toBeUndefined();
  });

  it("turns ts_headline's marks into segments, keeping markup as text", () => {
    expect(segmentsOf('<b>\u0001Fix\u0002</b> the \u0001log\u0002in')).toEqual([
      { text: '<b>', match: false },
      { text: 'Fix', match: true },
      { text: '</b> the ', match: false },
      { text: 'log', match: true },
      { text: 'in', match: false },
    ]);
  });
});
