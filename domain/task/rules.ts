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

/**
 * A due date is a calendar day (no time zone games): YYYY-MM-DD that exists in the (proleptic Gregorian) calendar,
 * from year 1 to 9999, the days PostgreSQL's `date` and the four-digit form can both hold. Counted by hand, since
 * JavaScript's `Date.UTC` reads the years 0 to 99 as 1900 to 1999.
 */
export function requireDueDate(dueOn: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw invalid('dueOn', 'Due date must be a real day as YYYY-MM-DD, in the years 0001 to 9999');
  return dueOn;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
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
