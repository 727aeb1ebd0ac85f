'use client';

import Link from 'next/link';
import { buttonStyles } from './ui/styles';

/** What a route shows when loading it failed: server errors reach the browser without details, so none are shown. */
export function ErrorPanel({ retry }: { retry: () => void }) {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <div role="alert">
        <h1 className="text-2xl font-semibold">This page could not be loaded</h1>
        <p className="mt-2 text-stone-600">Nothing was changed. It may work if you try again.</p>
      </div>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={retry} className={buttonStyles.primary}>
          Try again
        </button>
        <Link href="/" className={buttonStyles.secondary}>
          All projects
        </Link>
      </div>
    </main>
  );
}
