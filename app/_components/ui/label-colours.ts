import type { LabelColour } from '@/domain/vocabulary';

/**
 * The palette's looks: a pale ground with a dark text of the same hue, each pair well above WCAG AA contrast (4.5:1)
 * for small text. Written out whole, so that Tailwind finds every class.
 */
export const LABEL_COLOUR_STYLES: Record<LabelColour, string> = {
  slate: 'bg-slate-100 text-slate-800 ring-slate-300',
  red: 'bg-red-100 text-red-800 ring-red-200',
  amber: 'bg-amber-100 text-amber-900 ring-amber-200',
  green: 'bg-green-100 text-green-800 ring-green-200',
  teal: 'bg-teal-100 text-teal-800 ring-teal-200',
  blue: 'bg-blue-100 text-blue-800 ring-blue-200',
  violet: 'bg-violet-100 text-violet-800 ring-violet-200',
  pink: 'bg-pink-100 text-pink-800 ring-pink-200',
};

export const LABEL_COLOUR_NAMES: Record<LabelColour, string> = {
  slate: 'Grey',
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  violet: 'Violet',
  pink: 'Pink',
};
