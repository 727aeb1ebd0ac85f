'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { useTRPC } from '../../_trpc/client';
import { inputStyles } from '../ui/styles';
import { SearchOption } from './search-option';
import { historyHref, searchHref, taskHref } from './search-hits';
import { useDebounced } from './use-debounced';
import { useSlashToFocus } from './use-slash-to-focus';

const SHOWN = 6;

/**
 * The header's search, a combobox (WAI-ARIA's list autocomplete): typing shows matching tasks and history entries in a
 * popup, ArrowUp and ArrowDown move through them while focus stays in the box, Enter opens the one chosen (or every
 * result, on the search page), Escape closes the popup and, pressed again, clears the box and gives focus back to
 * where it was before `/` brought it here. Without scripts it is a plain form to the search page.
 */
export function SearchBox() {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const cameFrom = useSlashToFocus(input);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 150);
  const results = useQuery({
    ...trpc.search.query.queryOptions({ q, limit: SHOWN }),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

  const tasks = q && results.data ? results.data.tasks : [];
  const history = q && results.data ? results.data.history : [];
  const options = [
    ...tasks.map((hit) => ({ key: `task-${hit.taskId}`, href: taskHref(hit) })),
    ...history.map((hit) => ({ key: `event-${hit.position}`, href: historyHref(hit) })),
    { key: 'all', href: searchHref(q) },
  ];
  const shown = open && q !== '' && results.data !== undefined;
  const optionId = (index: number) => `${id}-${options[index]?.key ?? 'none'}`;
  const current = shown && active >= 0 && active < options.length ? active : -1;

  // The page changes under the box: it empties and lets go of focus, so that `/` brings it back for the next search.
  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    setText('');
    input.current?.blur();
    router.push(href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) {
        setOpen(true);
        return;
      }
      // Past the last option (or before the first) comes the box itself, none chosen, as in a browser's own lists.
      const states = options.length + 1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(((current + 1 + step + states) % states) - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = current >= 0 ? options[current] : undefined;
      if (chosen) go(chosen.href);
      else if (text.trim()) go(searchHref(text));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (shown) {
        setOpen(false);
        setActive(-1);
      } else {
        setText('');
        if (cameFrom.current && cameFrom.current !== document.body) cameFrom.current.focus();
        else input.current?.blur();
      }
    }
  };

  const count = tasks.length + history.length;
  return (
    <form
      role="search"
      action="/search"
      className="relative w-full max-w-md"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) go(searchHref(text));
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search tasks and history
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-keyshortcuts="/"
        maxLength={200}
        placeholder="Search tasks and history"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
        className={`${inputStyles} pr-8`}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-stone-300 px-1.5 text-xs text-stone-500"
      >
        /
      </kbd>
      <p role="status" className="sr-only">
        {shown
          ? count === 0
            ? 'No matches'
            : `${tasks.length} tasks and ${history.length} history entries found`
          : ''}
      </p>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Search results"
        hidden={!shown}
        className="absolute top-full right-0 left-0 z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg sm:-right-24"
      >
        {tasks.length > 0 && (
          <div role="group" aria-labelledby={`${id}-tasks`}>
            <div role="presentation" id={`${id}-tasks`} className={groupStyles}>
              Tasks
            </div>
            {tasks.map((hit, i) => (
              <SearchOption
                key={hit.taskId}
                id={optionId(i)}
                active={current === i}
                onChoose={() => {
                  go(taskHref(hit));
                }}
                task={hit}
              />
            ))}
          </div>
        )}
        {history.length > 0 && (
          <div role="group" aria-labelledby={`${id}-history`}>
            <div role="presentation" id={`${id}-history`} className={groupStyles}>
              History
            </div>
            {history.map((hit, i) => (
              <SearchOption
                key={hit.position}
                id={optionId(tasks.length + i)}
                active={current === tasks.length + i}
                onChoose={() => {
                  go(historyHref(hit));
                }}
                event={hit}
              />
            ))}
          </div>
        )}
        {count === 0 && <p className="px-3 py-2 text-sm text-stone-500">No tasks or history match “{q}”.</p>}
        <div
          role="option"
          id={optionId(options.length - 1)}
          aria-selected={current === options.length - 1}
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            go(searchHref(q));
          }}
          className={`cursor-pointer border-t border-stone-100 px-3 py-2 text-sm text-indigo-700 ${current === options.length - 1 ? 'bg-indigo-50' : ''}`}
        >
          All results for “{q}”
        </div>
      </div>
    </form>
  );
}

const groupStyles = 'px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-500 uppercase';
