'use client';

import { useId } from 'react';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in words: the caption everyone reads and the name the chart has for a screen reader. */
  summary: string;
  legend?: React.ReactNode;
  table: React.ReactNode;
  children: React.ReactNode;
}

export function ChartFigure({ title, summary, legend, table, children }: ChartFigureProps) {
  const headingId = useId();
  const captionId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="text-sm font-semibold">
        {title}
      </h3>
      <figure className="mt-3">
        {legend}
        <div role="img" aria-labelledby={captionId} className="h-56 sm:h-64">
          {children}
        </div>
        <figcaption id={captionId} className="mt-3 text-sm text-stone-600">
          {summary}
        </figcaption>
      </figure>
      <details className="mt-3 text-sm">
        <summary className="w-fit cursor-pointer rounded font-medium text-indigo-700">Show the data as a table</summary>
        {table}
      </details>
    </section>
  );
}

/** A chart's place while there is nothing to draw, so the page keeps its shape and says why. */
export function EmptyChart({ title, message }: { title: string; message: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="text-sm font-semibold">
        {title}
      </h3>
      <p className="mt-3 text-sm text-stone-500">{message}</p>
    </section>
  );
}
