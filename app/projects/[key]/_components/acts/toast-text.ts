import { NOT_UNDONE } from '@/domain/vocabulary';
import type { ActivityEntry } from '../../../../_lib/router-types';
import { activityParts } from '../activity/activity-words';

/** The entry that says what a command did: an undo's or a restore's own mark, else its first change. */
export function headlineOf(entries: readonly ActivityEntry[]): ActivityEntry | undefined {
  return entries.find((e) => e.type === 'ChangeUndone' || e.type === 'BoardRestored') ?? entries[0];
}

/** "Moved WEB-12 from Todo to Done": the timeline's sentence without who did it (the toast is the person's own). */
export function changeText(entry: ActivityEntry, nameOf: (personId: string) => string): string {
  const [, ...rest] = activityParts(entry, nameOf);
  const text = rest
    .map((part) => (typeof part === 'string' ? part : 'actor' in part ? part.actor : (part.task ?? 'a task')))
    .join('')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether an undo takes back the command these entries tell (domain/history/not-undone.ts). */
export const undoable = (entries: readonly ActivityEntry[]) =>
  entries.every((e) => !(NOT_UNDONE as readonly string[]).includes(e.type));
