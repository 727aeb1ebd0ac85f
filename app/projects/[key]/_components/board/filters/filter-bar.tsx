'use client';

import { useEffect, useRef } from 'react';
import { PRIORITIES } from '@/domain/vocabulary';
import { buttonStyles } from '../../../../../_components/ui/styles';
import type { Members } from '../../../_lib/use-members';
import {
  DUE_FILTERS,
  FILTER_KINDS,
  isFiltering,
  NO_FILTER,
  withoutValue,
  withValue,
  type BoardFilter,
  type FilterKind,
} from './board-filter';
import { KIND_NAMES, valueName } from './filter-words';

interface FilterBarProps {
  filter: BoardFilter;
  onFilter: (filter: BoardFilter) => void;
  members: Members;
  /** The labels found on the board's tasks, offered as label filters. */
  labels: readonly string[];
  /** Tasks shown and tasks there are, told as the filter changes. */
  shown: number;
  total: number;
}

// Two to a row on a phone, each as wide as its words beside the view switch on a wider screen.
const selectStyles =
  'min-h-10 min-w-0 flex-1 basis-[40%] sm:flex-none sm:basis-auto rounded-md border border-stone-300 bg-white px-2 text-sm text-stone-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-indigo-600';

/** Filters to add (one select per kind) and the filters in force as removable chips. */
export function FilterBar({ filter, onFilter, members, labels, shown, total }: FilterBarProps) {
  const choices: Record<FilterKind, readonly string[]> = {
    assignee: ['me', 'nobody', ...members.list.filter((m) => m.active).map((m) => m.userId)],
    label: labels,
    priority: PRIORITIES,
    due: DUE_FILTERS,
  };
  const chips = FILTER_KINDS.flatMap((kind) => filter[kind].map((value) => ({ kind, value })));
  const chipButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const firstSelect = useRef<HTMLSelectElement>(null);
  // A removed chip's button is gone: the keyboard goes on to the chip that took its place, or back to the filters.
  const focusChip = useRef<number | null>(null);
  useEffect(() => {
    if (focusChip.current === null) return;
    (chipButtons.current[Math.min(focusChip.current, chips.length - 1)] ?? firstSelect.current)?.focus();
    focusChip.current = null;
  });

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="Filter tasks" className="flex flex-wrap items-center gap-2">
        {FILTER_KINDS.map((kind, index) => {
          const chosen: readonly string[] = filter[kind];
          const left = choices[kind].filter((value) => !chosen.includes(value));
          return (
            <select
              key={kind}
              ref={index === 0 ? firstSelect : undefined}
              aria-label={`Filter by ${KIND_NAMES[kind].toLowerCase()}`}
              className={selectStyles}
              value=""
              disabled={left.length === 0}
              onChange={(event) => {
                if (event.target.value) onFilter(withValue(filter, kind, event.target.value));
              }}
            >
              <option value="">{KIND_NAMES[kind]}…</option>
              {left.map((value) => (
                <option key={value} value={value}>
                  {valueName(kind, value, members)}
                </option>
              ))}
            </select>
          );
        })}
        <p className="text-sm text-stone-600" aria-live="polite">
          {isFiltering(filter) ? `${shown} of ${total} tasks` : ''}
        </p>
      </div>
      {chips.length > 0 && (
        <ul aria-label="Filters in force" className="flex flex-wrap items-center gap-2">
          {chips.map(({ kind, value }, index) => {
            const name = `${KIND_NAMES[kind]}: ${valueName(kind, value, members)}`;
            return (
              <li key={`${kind}:${value}`}>
                <button
                  type="button"
                  ref={(node) => {
                    chipButtons.current[index] = node;
                  }}
                  aria-label={`Remove filter ${name}`}
                  onClick={() => {
                    onFilter(withoutValue(filter, kind, value));
                    focusChip.current = index;
                  }}
                  className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-indigo-200 bg-indigo-50 py-1 pr-2 pl-3 text-sm text-indigo-900 hover:bg-indigo-100"
                >
                  {name}
                  <span aria-hidden="true" className="text-base leading-none">
                    ×
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              onClick={() => {
                onFilter(NO_FILTER);
                firstSelect.current?.focus();
              }}
              className={buttonStyles.ghost}
            >
              Clear filters
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
