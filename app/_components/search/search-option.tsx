import type { SearchHistoryHit, SearchTaskHit } from '../../_lib/router-types';
import { Highlighted } from './highlighted';
import { historyKind } from './search-hits';

interface Props {
  id: string;
  active: boolean;
  onChoose: () => void;
  task?: SearchTaskHit;
  event?: SearchHistoryHit;
}

/** One result in the search popup: focus stays in the box, so a click must not take it (mousedown is held back). */
export function SearchOption({ id, active, onChoose, task, event }: Props) {
  return (
    <div
      role="option"
      id={id}
      aria-selected={active}
      onMouseDown={(e) => {
        e.preventDefault();
      }}
      onClick={onChoose}
      className={`cursor-pointer px-3 py-2 text-sm ${active ? 'bg-indigo-50' : 'hover:bg-stone-50'}`}
    >
      {task && <TaskLines hit={task} />}
      {event && <EventLines hit={event} />}
    </div>
  );
}

export function TaskLines({ hit }: { hit: SearchTaskHit }) {
  const more = hit.comment ?? hit.description;
  return (
    <>
      <span className="flex items-baseline gap-2">
        <span className="shrink-0 font-mono text-xs text-stone-500">
          {hit.numberMatched ? (
            <mark className="rounded-sm bg-amber-200 px-0.5 text-stone-900">{`${hit.key}-${hit.number}`}</mark>
          ) : (
            `${hit.key}-${hit.number}`
          )}
        </span>
        <span className="min-w-0 truncate font-medium text-stone-900">
          <Highlighted segments={hit.title} />
        </span>
        {hit.status && <span className="ml-auto shrink-0 text-xs text-stone-500">{hit.status}</span>}
      </span>
      {more && (
        <span className="mt-0.5 block truncate text-xs text-stone-600">
          {hit.comment ? 'Comment: ' : ''}
          <Highlighted segments={more} />
        </span>
      )}
      {hit.labels.length > 0 && (
        <span className="mt-0.5 block text-xs text-stone-600">
          Labels:{' '}
          {hit.labels.map((label) => (
            <mark key={label} className="mr-1 rounded-sm bg-amber-200 px-0.5 text-stone-900">
              {label}
            </mark>
          ))}
        </span>
      )}
    </>
  );
}

export function EventLines({ hit }: { hit: SearchHistoryHit }) {
  return (
    <>
      <span className="flex items-baseline gap-2 text-xs text-stone-500">
        <span className="font-medium text-stone-700">{historyKind(hit.type)}</span>
        {hit.task && (
          <span className="font-mono">
            {hit.task}
            {hit.taskDeleted && <span className="ml-1 font-sans text-amber-800">(deleted)</span>}
          </span>
        )}
        <span className="ml-auto">
          {hit.key} · event {hit.position}
        </span>
      </span>
      <span className="mt-0.5 block truncate text-stone-800">
        <Highlighted segments={hit.text} />
      </span>
    </>
  );
}
