import type { Priority } from '@/domain/vocabulary';

export const PRIORITY_LABELS: Record<Priority, string> = {
  none: 'No priority',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

const tone: Record<Priority, string> = {
  none: 'bg-stone-100 text-stone-600',
  low: 'bg-sky-50 text-sky-800 ring-sky-200',
  medium: 'bg-amber-50 text-amber-800 ring-amber-200',
  high: 'bg-orange-100 text-orange-800 ring-orange-200',
  urgent: 'bg-red-100 text-red-800 ring-red-200',
};

export function PriorityBadge({ priority }: { priority: string }) {
  const known = priority in tone ? (priority as Priority) : 'none';
  if (known === 'none') return null;
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone[known]}`}
    >
      <span className="sr-only">Priority: </span>
      {PRIORITY_LABELS[known]}
    </span>
  );
}
