'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';
import { useMembers } from '../../_lib/use-members';
import { CHANGE_KINDS } from './change-kinds';
import { isFiltered, type HistoryFilters } from './history-query';

interface HistoryFiltersFormProps {
  projectId: string;
  projectKey: string;
  filters: HistoryFilters;
  /** The task filtered on, offered even while neither the board nor the deleted tasks have been read. */
  filteredTask: { number: number; title: string } | null;
  onChange: (filters: HistoryFilters) => void;
}

const NONE: HistoryFilters = { task: null, person: null, kinds: [] };

export function HistoryFiltersForm({
  projectId,
  projectKey,
  filters,
  filteredTask,
  onChange,
}: HistoryFiltersFormProps) {
  const trpc = useTRPC();
  const people = useMembers(projectId);
  const ids = { task: useId(), person: useId(), kindsHint: useId() };
  const { data: board } = useQuery(trpc.board.get.queryOptions({ projectId }));
  const { data: deleted } = useQuery(trpc.task.listDeleted.queryOptions({ projectId }));
  const onBoard = (board?.columns ?? []).flatMap((c) => c.tasks.map((t) => ({ ...t, deleted: false })));
  const known = [...onBoard, ...(deleted ?? []).map((t) => ({ ...t, deleted: true }))];
  const tasks = [
    ...known,
    ...(filteredTask && !known.some((t) => t.number === filteredTask.number)
      ? [{ ...filteredTask, deleted: false }]
      : []),
  ];
  tasks.sort((a, b) => a.number - b.number);

  return (
    <form
      role="search"
      aria-label="Filter the history"
      onSubmit={(event) => {
        event.preventDefault();
      }}
      className="rounded-lg border border-stone-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.task} className={labelStyles}>
            Task
          </label>
          <select
            id={ids.task}
            value={filters.task ?? ''}
            onChange={(event) => {
              onChange({ ...filters, task: event.target.value ? Number(event.target.value) : null });
            }}
            className={`mt-1 ${inputStyles}`}
          >
            <option value="">All tasks</option>
            {tasks.map((task) => (
              <option key={task.number} value={task.number}>
                {projectKey}-{task.number} · {task.title}
                {task.deleted ? ' (deleted)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.person} className={labelStyles}>
            Person
          </label>
          <select
            id={ids.person}
            value={filters.person ?? ''}
            onChange={(event) => {
              onChange({ ...filters, person: event.target.value || null });
            }}
            className={`mt-1 ${inputStyles}`}
          >
            <option value="">Everyone</option>
            {people.list.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.active ? person.name : `${person.name} (former member)`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="mt-4" aria-describedby={ids.kindsHint}>
        <legend className={labelStyles}>Kinds of change</legend>
        <p id={ids.kindsHint} className="text-xs text-stone-500">
          With none ticked, every kind is shown.
        </p>
        <div className="mt-1 flex flex-wrap gap-x-5">
          {CHANGE_KINDS.map((kind) => (
            <label key={kind.id} className="inline-flex min-h-10 items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                checked={filters.kinds.includes(kind.id)}
                onChange={(event) => {
                  const kinds = filters.kinds.filter((k) => k !== kind.id);
                  onChange({ ...filters, kinds: event.target.checked ? [...kinds, kind.id] : kinds });
                }}
                className="size-4 accent-indigo-600"
              />
              {kind.label}
            </label>
          ))}
        </div>
      </fieldset>
      {isFiltered(filters) && (
        <button
          type="button"
          onClick={() => {
            onChange(NONE);
          }}
          className={`mt-2 ${buttonStyles.secondary}`}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
