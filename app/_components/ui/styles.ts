/** The few looks a control can have; kept here so every screen's buttons and fields agree. */
const base =
  'inline-flex min-h-10 shrink-0 items-center justify-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50';

export const buttonStyles = {
  primary: `${base} bg-indigo-600 text-white hover:bg-indigo-500`,
  secondary: `${base} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`,
  danger: `${base} border border-red-200 bg-white text-red-700 hover:bg-red-50`,
  ghost: `${base} text-stone-600 hover:bg-stone-200/60 hover:text-stone-900`,
} as const;

export const inputStyles =
  'min-h-10 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 placeholder:text-stone-400 disabled:bg-stone-100 disabled:text-stone-500';

export const labelStyles = 'block text-sm font-medium text-stone-700';

/** A link among controls: tall enough to hit with a finger, plain text otherwise. */
export const linkStyles =
  'inline-flex min-h-10 items-center text-sm font-medium text-indigo-700 underline-offset-4 hover:underline';
