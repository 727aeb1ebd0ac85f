import { invalid } from './errors';

/** Trims and bounds a piece of user text; every name and title in the tracker goes through here. */
export function requireText(field: string, value: string, { min = 1, max }: { min?: number; max: number }): string {
  const text = value.trim();
  if (text.length < min) throw invalid(field, `${capitalise(field)} must not be empty`);
  if (text.length > max) throw invalid(field, `${capitalise(field)} must be at most ${max} characters`);
  return text;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
