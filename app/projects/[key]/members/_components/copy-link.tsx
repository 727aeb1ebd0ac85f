'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../../../../_lib/use-hydrated';
import { buttonStyles, inputStyles } from '../../../../_components/ui/styles';

type Copying = 'idle' | 'copied' | 'refused';

/**
 * An invitation's link with a button that copies it. Focus stays on the button, and a status beside it says the link
 * was copied; where the browser refuses to copy (no permission, an address that is not https), the link is shown,
 * selected, for the person to copy themselves.
 */
export function CopyLink({ path, name, shown = false }: { path: string; name: string; shown?: boolean }) {
  const hydrated = useHydrated();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copying, setCopying] = useState<Copying>('idle');
  const url = hydrated ? new URL(path, window.location.origin).toString() : path;

  useEffect(() => {
    if (copying !== 'copied') return;
    const fade = setTimeout(() => {
      setCopying('idle');
    }, 4_000);
    return () => {
      clearTimeout(fade);
    };
  }, [copying]);
  useEffect(() => {
    if (copying === 'refused') field.current?.select();
  }, [copying]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopying('copied');
    } catch {
      setCopying('refused');
    }
  };

  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        {(shown || copying === 'refused') && (
          <>
            <label htmlFor={fieldId} className="sr-only">
              Link {name}
            </label>
            <input
              ref={field}
              id={fieldId}
              readOnly
              value={url}
              onFocus={(event) => {
                event.target.select();
              }}
              className={`${inputStyles} min-w-0 flex-1 basis-64 font-mono text-xs`}
            />
          </>
        )}
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => void copy()}
          aria-label={`Copy link ${name}`}
          className={buttonStyles.secondary}
        >
          Copy link
        </button>
        <span role="status" className="text-sm text-emerald-800 empty:hidden">
          {copying === 'copied' ? 'Copied' : ''}
        </span>
      </div>
      {copying === 'refused' && (
        <p className="mt-1 text-xs text-stone-600">
          This browser did not let the page copy it: the link is selected, copy it with Ctrl+C (⌘C on a Mac).
        </p>
      )}
    </div>
  );
}
