/**
 * How a search box's text becomes a query. The words before the last go to `websearch_to_tsquery`, which reads what
 * people type into search engines ("quoted phrases", `or`, `-word`) and never fails on stray syntax; the last word,
 * still being typed, is matched as a prefix (unless it is excluded, `-word`). Only letters and digits reach that prefix, so it cannot carry tsquery
 * syntax.
 */
export interface SearchTerms {
  readonly head: string;
  readonly prefix: string;
  /** A task asked for by its number: `WEB-12`, `#12` or `12` (in any project read, when no key is given). */
  readonly ref?: { readonly key?: string; readonly number: number };
}

const LAST_WORD = /[\p{L}\p{N}]+$/u;
const TASK_REF = /^(?:([A-Za-z][A-Za-z0-9]{1,5})-|#)?(\d{1,9})$/;

export function searchTerms(q: string): SearchTerms {
  const text = q.trim();
  const found = LAST_WORD.exec(text);
  // `-word` excludes a word: it is not one being typed.
  const last = found && !/(^|\s)-$/.test(text.slice(0, found.index)) ? found : null;
  const ref = TASK_REF.exec(text);
  return {
    head: last ? text.slice(0, last.index) : text,
    prefix: last ? last[0] : '',
    ref: ref ? { key: ref[1]?.toUpperCase(), number: Number(ref[2]) } : undefined,
  };
}

/** A piece of found text, and whether it is a match to show marked. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** What `ts_headline` marks with these two control characters, which are taken out of the text before. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** The marked text `ts_headline` returns, as plain segments: the browser shows them as text, never as HTML. */
export function segmentsOf(marked: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  for (const piece of marked.split(/([\u0001\u0002])/)) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece) segments.push({ text: piece, match });
  }
  return segments;
}

export const hasMatch = (segments: readonly Segment[]) => segments.some((s) => s.match);
