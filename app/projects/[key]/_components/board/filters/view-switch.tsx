import type { BoardLayoutKind } from './use-board-filter';

const VIEWS: readonly { view: BoardLayoutKind; name: string }[] = [
  { view: 'board', name: 'Board' },
  { view: 'list', name: 'List' },
];

/** Columns or a table of the same tasks: two toggle buttons, the one in force pressed. */
export function ViewSwitch({ view, onView }: { view: BoardLayoutKind; onView: (view: BoardLayoutKind) => void }) {
  return (
    <div role="group" aria-label="View" className="inline-flex rounded-md border border-stone-300 bg-white p-0.5">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          aria-pressed={view === option.view}
          onClick={() => {
            onView(option.view);
          }}
          className={`min-h-9 rounded px-3 text-sm font-medium ${
            view === option.view ? 'bg-indigo-600 text-white' : 'text-stone-700 hover:bg-stone-100'
          }`}
        >
          {option.name}
        </button>
      ))}
    </div>
  );
}
