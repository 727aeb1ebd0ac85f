'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { buttonStyles } from '../../../../_components/ui/styles';
import type { PalettePage } from './command-palette';
import { useChangeTasks } from './use-change-tasks';

interface SelectionToolbarProps {
  projectId: string;
  selection: ReadonlySet<string>;
  onPick: (page: PalettePage) => void;
  onClear: () => void;
}

/**
 * What can be done to the selected cards, all of them in one command. The count is a live region, so that selecting
 * with X or a click is heard as well as seen.
 */
export function SelectionToolbar({ projectId, selection, onPick, onClear }: SelectionToolbarProps) {
  const trpc = useTRPC();
  // Pages other than the board have no selection, and need not read the board for it.
  const board = useQuery(trpc.board.get.queryOptions({ projectId }, { enabled: selection.size > 0 })).data;
  const { change, isPending, error } = useChangeTasks(projectId);
  // A task deleted or moved out of sight meanwhile is no longer selected.
  const selected = (board?.columns.flatMap((c) => c.tasks) ?? []).filter((t) => selection.has(t.id));
  const count = selected.length;

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-20 z-40 flex justify-center px-4">
      <p role="status" className="sr-only">
        {count > 0 ? `${count} selected` : ''}
      </p>
      {count > 0 && (
        <div
          role="toolbar"
          aria-label="Selected tasks"
          className="pointer-events-auto flex flex-wrap items-center gap-2 rounded-lg bg-white px-3 py-2 text-sm shadow-lg ring-1 ring-stone-200"
        >
          <span aria-hidden="true" className="font-medium text-stone-800">
            {count} selected
          </span>
          {(
            [
              ['status', 'Move…'],
              ['assign', 'Assign…'],
              ['priority', 'Priority…'],
              ['labels', 'Labels…'],
            ] as const
          ).map(([page, label]) => (
            <button
              key={page}
              type="button"
              onClick={() => {
                onPick(page);
              }}
              className={buttonStyles.ghost}
            >
              {label}
            </button>
          ))}
          <button
            type="button"
            disabled={isPending}
            onClick={() => {
              change(
                selected.map((t) => t.id),
                { kind: 'delete' },
                onClear,
              );
            }}
            className={buttonStyles.ghost}
          >
            Delete
          </button>
          <button type="button" onClick={onClear} className={buttonStyles.ghost}>
            Clear selection
          </button>
          {error && (
            <p role="alert" className="w-full text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
