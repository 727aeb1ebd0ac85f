import { invalid } from '../shared/errors';
import { requireText } from '../shared/text';
import { PRIORITIES, type Priority } from './events';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const COMMENT_MAX = 5_000;
export const LABEL_MAX = 30;
export const LABELS_PER_TASK_MAX = 10;

export const requireTitle = (title: string) => requireText('title', title, { max: TITLE_MAX });
export const requireCommentBody = (body: string) => requireText('comment', body, { max: COMMENT_MAX });

export function requireDescription(description: string): string {
  const text = description.trim();
  if (text.length > DESCRIPTION_MAX)
    throw invalid('description', `Description must be at most ${DESCRIPTION_MAX} characters`);
  return text;
}

export function requirePriority(priority: string): Priority {
  if (!(PRIORITIES as readonly string[]).includes(priority)) {
    throw invalid('priority', `Priority must be one of ${PRIORITIES.join(', ')}`);
  }
  return priority as Priority;
}

/** A due date is a calendar day (no time zone games): YYYY-MM-DD that exists in the calendar. */
export function requireDueDate(dueOn: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== dueOn)
    throw invalid('dueOn', 'Due date must be a real day as YYYY-MM-DD');
  return dueOn;
}

export function normaliseLabel(label: string): string {
  return requireText('label', label.trim().toLowerCase().replace(/\s+/g, '-'), { max: LABEL_MAX });
}

export function requireTaskNumber(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw invalid('number', 'A task number is a whole number from 1');
  return value;
}

export function requireRank(rank: string): string {
  if (rank.length === 0 || rank.length > 64) throw invalid('rank', 'Rank must be 1 to 64 characters');
  return rank;
}
