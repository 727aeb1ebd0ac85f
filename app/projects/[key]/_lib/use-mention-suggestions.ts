import { useMemo } from 'react';
import { handleOf, mentionAtCaret } from '@/domain/vocabulary';
import { useMembers } from './use-members';

export interface MentionSuggestion {
  readonly userId: string;
  readonly name: string;
  readonly handle: string;
}

const SHOWN = 8;

/**
 * The current members a mention being typed at the caret could name: those whose handle starts with the letters
 * typed, then those whose name has a word that does. Null when no mention is being typed.
 */
export function useMentionSuggestions(projectId: string, text: string, caret: number | null) {
  const people = useMembers(projectId);
  const everyone = useMemo(
    () =>
      people.list
        .filter((m) => m.active)
        .map((m) => ({ userId: m.userId, name: m.name, handle: handleOf(m.email) }))
        .sort((a, b) => a.handle.localeCompare(b.handle)),
    [people.list],
  );
  const typing = caret === null ? null : mentionAtCaret(text, caret);
  const query = typing?.query ?? null;
  const suggestions = useMemo(() => {
    if (query === null) return [];
    const byHandle = everyone.filter((p) => p.handle.startsWith(query));
    const byName = everyone.filter(
      (p) =>
        !byHandle.includes(p) &&
        p.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(query)),
    );
    return [...byHandle, ...byName].slice(0, SHOWN);
  }, [everyone, query]);
  return { typing, suggestions };
}
