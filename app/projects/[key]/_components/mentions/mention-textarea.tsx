'use client';

import { useId, useRef, useState, type ComponentProps, type KeyboardEvent } from 'react';
import { mentionAtCaret } from '@/domain/vocabulary';
import { useMentionSuggestions } from '../../_lib/use-mention-suggestions';

type Props = Omit<ComponentProps<'textarea'>, 'value' | 'ref'> & { value: string; projectId: string };

/**
 * A textarea that offers the project's members while an `@mention` is typed: ArrowUp and ArrowDown choose, Enter or
 * Tab inserts `@handle`, Escape closes the list. The list is tied to the textarea with aria-controls and
 * aria-activedescendant (a textarea may not take the combobox role, so it stays a textbox with list autocomplete).
 * It takes a textarea's props, and an insertion reaches `onChange` as typing would.
 */
export function MentionTextarea({ projectId, value, onKeyDown, onChange, onSelect, onBlur, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  // The mention (by where its @ stands) whose list Escape closed: it stays closed until the caret leaves it.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [chosen, setChosen] = useState({ query: '', index: 0 });
  const { typing, suggestions } = useMentionSuggestions(projectId, value, caret);
  const editable = !props.readOnly && !props.disabled;
  const open = editable && typing !== null && typing.start !== dismissed && suggestions.length > 0;
  const index = open && chosen.query === typing.query ? Math.min(chosen.index, suggestions.length - 1) : 0;

  const insert = (handle: string) => {
    const textarea = ref.current;
    if (!textarea || !typing || caret === null) return;
    const next = `${value.slice(0, typing.start)}@${handle} ${value.slice(caret)}`;
    // Through the element's own value setter and an input event, so that React calls onChange as for typing.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, next);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    const at = typing.start + handle.length + 2;
    textarea.setSelectionRange(at, at);
    setCaret(at);
  };

  const handleKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return false;
    const move = (by: number) => {
      setChosen({ query: typing.query, index: (index + by + suggestions.length) % suggestions.length });
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' || event.key === 'Tab') insert(suggestions[index]!.handle);
    else if (event.key === 'Escape') setDismissed(typing.start);
    else return false;
    event.preventDefault();
    return true;
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="relative">
      <textarea
        {...props}
        ref={ref}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(index) : undefined}
        onChange={(event) => {
          setCaret(event.target.selectionStart);
          onChange?.(event);
        }}
        onSelect={(event) => {
          const at = event.currentTarget.selectionStart;
          setCaret(at);
          if (dismissed !== null && mentionAtCaret(value, at)?.start !== dismissed) setDismissed(null);
          onSelect?.(event);
        }}
        onBlur={(event) => {
          setCaret(null);
          onBlur?.(event);
        }}
        onKeyDown={(event) => {
          if (!handleKey(event)) onKeyDown?.(event);
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="People to mention"
          className="absolute top-full left-0 z-20 mt-1 max-h-64 w-64 overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg"
        >
          {suggestions.map((person, i) => (
            <li
              key={person.userId}
              id={optionId(i)}
              role="option"
              aria-selected={i === index}
              // Pressing would take the focus from the textarea, and with it the caret the insertion needs.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                insert(person.handle);
              }}
              className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 ${i === index ? 'bg-indigo-50 text-indigo-900' : 'text-stone-800'}`}
            >
              <span className="font-medium">{person.name}</span>
              <span className="text-stone-500">@{person.handle}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
