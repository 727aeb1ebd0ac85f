import type { SearchSegment } from '../../_lib/router-types';

/** Found text with its matches marked: every piece is rendered as text, so nothing a person wrote becomes markup. */
export function Highlighted({ segments }: { segments: readonly SearchSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
