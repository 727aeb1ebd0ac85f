'use client';

import { useMemo, useState } from 'react';
import { elideUnchanged, onlySpacingChanged, wordDiff, type DiffPart, type ElidedPart } from '../../_lib/word-diff';

/**
 * Two versions of a text, word by word: removed words struck through, added ones highlighted, each also said in
 * words for screen readers. Long unchanged stretches are shortened around the changes until the reader asks for the
 * whole text; the button that asks stays where it was, so focus stays with it.
 */
export function TextDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  const shortened = useMemo(() => elideUnchanged(parts), [parts]);
  const [whole, setWhole] = useState(false);
  const elides = shortened.length !== parts.length;

  if (onlySpacingChanged(before, after, parts))
    return <p className="mt-1 text-sm text-stone-600">Only spacing or line breaks changed.</p>;
  return (
    <div role="group" aria-label={label} className="mt-1">
      <p className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm leading-relaxed break-words whitespace-pre-wrap text-stone-800">
        {(whole ? parts : shortened).map((part, i) => (
          <Part key={i} part={part} />
        ))}
      </p>
      {elides && (
        <button
          type="button"
          aria-expanded={whole}
          onClick={() => {
            setWhole(!whole);
          }}
          className="mt-1 rounded text-xs font-medium text-indigo-700 underline-offset-4 hover:underline"
        >
          {whole ? 'Show only the changes' : 'Show the whole text'}
        </button>
      )}
    </div>
  );
}

function Part({ part }: { part: DiffPart | ElidedPart }) {
  switch (part.kind) {
    case 'same':
      return part.text;
    case 'removed':
      return (
        <del className="relative mr-0.5 rounded-sm bg-red-100 px-0.5 text-red-900 decoration-red-500/70">
          <span className="sr-only">[removed: </span>
          {part.text}
          <span className="sr-only">]</span>
        </del>
      );
    case 'added':
      return (
        <ins className="relative rounded-sm bg-emerald-100 px-0.5 text-emerald-900 no-underline">
          <span className="sr-only">[added: </span>
          {part.text}
          <span className="sr-only">]</span>
        </ins>
      );
    case 'elided':
      return (
        <span className="text-stone-400">
          <span aria-hidden="true">…</span>
          <span className="sr-only">
            ({part.words} unchanged {part.words === 1 ? 'word' : 'words'} left out)
          </span>
        </span>
      );
  }
}
