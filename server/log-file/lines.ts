import { refuseLine } from './refusal';

/** The longest line a file may hold: far above any event's (a description is 10,000 characters), far below memory. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * The lines of a file read in chunks, without their newline: only one line is held at a time, so a file of any
 * length goes through in bounded memory, and a line longer than MAX_LINE_BYTES is refused rather than buffered.
 */
export async function* linesOf(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let lineNo = 1;
  const decode = (chunk: Uint8Array | string, stream: boolean) => {
    try {
      return typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream });
    } catch {
      throw refuseLine(lineNo, 'is not UTF-8 text');
    }
  };
  for await (const chunk of chunks) {
    pending += decode(chunk, true);
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
      yield pending.slice(start, newline);
      start = newline + 1;
      lineNo++;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_BYTES) throw refuseLine(lineNo, `is longer than ${MAX_LINE_BYTES} bytes`);
  }
  pending += decode(new Uint8Array(), false);
  if (pending.length > 0) yield pending;
}
