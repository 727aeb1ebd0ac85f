import type { StatusCategory } from '@/domain';

const byName: [RegExp, StatusCategory][] = [
  [/\b(backlog|icebox|ideas?|someday)\b/i, 'backlog'],
  [/\b(to ?do|ready|planned|next|open|new)\b/i, 'unstarted'],
  [/\b(done|complete[d]?|closed|shipped|released|finished|merged)\b/i, 'completed'],
  [/\b(cancel+ed|won'?t ?do|wontfix|duplicate|dropped)\b/i, 'canceled'],
];

/**
 * The category a status most likely meant before statuses had one: from its name when the name says it, otherwise
 * from its place (a workflow runs from waiting work to finished work), otherwise "started".
 */
export function inferStatusCategory(name: string, place?: { index: number; count: number }): StatusCategory {
  const match = byName.find(([pattern]) => pattern.test(name));
  if (match) return match[1];
  if (place && place.count > 1 && place.index === place.count - 1) return 'completed';
  if (place && place.count > 1 && place.index === 0) return 'unstarted';
  return 'started';
}
