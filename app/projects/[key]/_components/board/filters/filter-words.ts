import type { Members } from '../../../_lib/use-members';
import { PRIORITY_LABELS } from '../../../../../_components/ui/priority-badge';
import type { DueFilter, FilterKind } from './board-filter';
import type { Priority } from '@/domain/vocabulary';

export const KIND_NAMES: Record<FilterKind, string> = {
  assignee: 'Assignee',
  label: 'Label',
  priority: 'Priority',
  due: 'Due',
};

export const DUE_NAMES: Record<DueFilter, string> = {
  overdue: 'Overdue',
  week: 'This week',
  none: 'No due date',
};

/** What a chip says of one value: "Me", "Nobody", a member's name, "High", "This week" or the label itself. */
export function valueName(kind: FilterKind, value: string, members: Members): string {
  switch (kind) {
    case 'assignee':
      return value === 'me' ? 'Me' : value === 'nobody' ? 'Nobody' : members.nameOf(value);
    case 'priority':
      return PRIORITY_LABELS[value as Priority];
    case 'due':
      return DUE_NAMES[value as DueFilter];
    case 'label':
      return value;
  }
}
