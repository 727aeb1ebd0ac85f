'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';

/** Opens the replay at the latest event; the count is read again first, as others may have worked meanwhile. */
interface ReplayButtonProps {
  projectId: string;
  autoFocus: boolean;
  onReplay: (step: number) => void;
}

export function ReplayButton({ projectId, autoFocus, onReplay }: ReplayButtonProps) {
  const trpc = useTRPC();
  const span = useQuery(trpc.history.span.queryOptions({ projectId }));

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        autoFocus={autoFocus}
        disabled={span.isFetching}
        onClick={() => {
          void span.refetch().then(({ data }) => {
            if (data && data.count > 0) onReplay(data.count);
          });
        }}
        className={buttonStyles.secondary}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M10 6.5V10l2.5 1.5" strokeLinecap="round" />
        </svg>
        Replay
      </button>
      <span className="hidden text-sm text-stone-500 sm:inline">See the board at any moment of its history.</span>
      {span.isRefetchError && <Alert>{errorMessage(span.error)}</Alert>}
    </div>
  );
}
