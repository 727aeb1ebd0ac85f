import type { Members } from '../../../_lib/use-members';

/**
 * What an id in a command or a row stands for: a status or a task (named by the server from the replayed project) or
 * a person of the project. Anything else has no name.
 */
export function nameForId(names: Record<string, string>, people: Members) {
  const personIds = new Set(people.list.map((m) => m.userId));
  return (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    if (Object.hasOwn(names, value)) return names[value];
    return personIds.has(value) ? people.nameOf(value) : undefined;
  };
}
