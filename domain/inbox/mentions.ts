/**
 * How a person is named in text: `@` and their handle, the local part of their account's e-mail address (`ben` for
 * ben@chronicle.test), lowercased. The e-mail rather than the name because it is unique on its domain and has no
 * spaces; the text keeps the handle as typed, and whoever reads it resolves it against the project's members.
 */
export const HANDLE_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** The handle of an account, from its e-mail address. */
export function handleOf(email: string): string {
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@'))) || email;
  return local.toLowerCase().replace(/[^a-z0-9._-]/g, '');
}

// A mention starts the text or follows a character that cannot be part of an address, so ana@example.com is none.
const MENTION = /(?<![\p{L}\p{N}_.@-])@([a-z0-9][a-z0-9._-]*)/giu;

/** The handles a text mentions, lowercased, each once, in the order they first appear. */
export function mentionedHandles(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION)) found.add(trimEnd(match[1]!.toLowerCase()));
  return [...found];
}

/** A sentence's full stop or a dash after a handle is punctuation, not part of it. */
const trimEnd = (handle: string) => handle.replace(/[._-]+$/, '');

/**
 * The mention being typed at the caret, if any: where its `@` stands and the letters after it so far. The letters
 * may be none (just after typing `@`).
 */
export function mentionAtCaret(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?<![\p{L}\p{N}_.@-])@([a-z0-9._-]*)$/iu.exec(before);
  if (!match) return null;
  return { start: match.index, query: match[1]!.toLowerCase() };
}
