'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_lib/error-message';
import { retryUnlessRefused } from '../../../../_lib/retry';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';
import { FilteredBoard } from '../board/filters/filtered-board';
import { ReplayChanges } from './replay-changes';
import { ReplayPanel } from './replay-panel';
import { useAddressAt } from './replay-address';
import { revealCard } from './reveal-card';
import { useChangeTrack } from './use-change-track';
import { usePlayback } from './use-playback';
import { useReplayFilters } from './use-replay-filters';
import { PAST, usePrefetchSteps } from './use-replay-steps';

/** A point of the project's history: a global position (from a link) or the n-th step (from the slider). */
export type BoardPoint = { position: number } | { step: number };

const samePoint = (a: BoardPoint, b: BoardPoint) =>
  'step' in a ? 'step' in b && a.step === b.step : 'position' in b && a.position === b.position;

interface ReplayBoardProps {
  projectId: string;
  projectKey: string;
  point: BoardPoint;
  onPoint: (point: BoardPoint) => void;
  /** Told the position of the board on screen, for the address bar. */
  onShown: (position: number) => void;
  /** Focus the slider once it is there (the replay was just opened from the keyboard or a click). */
  autoFocus: boolean;
  onExit: () => void;
}

/** The board as it stood at a point of its history, read-only, with the controls to move through that history. */
export function ReplayBoard({ projectId, projectKey, point, onPoint, onShown, autoFocus, onExit }: ReplayBoardProps) {
  const trpc = useTRPC();
  const span = useQuery(trpc.history.span.queryOptions({ projectId }));
  // While the next point loads, the board of the previous one stays on screen. A drag crosses many points faster
  // than they are read: while one is being read, the slider moves on alone and only the latest point is read next.
  const [requested, setRequested] = useState(point);
  const board = useQuery(
    trpc.board.get.queryOptions(
      { projectId, at: requested },
      { ...PAST, placeholderData: keepPreviousData, retry: retryUnlessRefused },
    ),
  );
  const reading = board.isFetching && board.isPlaceholderData;
  if (!samePoint(requested, point) && !reading) setRequested(point);
  const shown = board.data;
  const current = board.isPlaceholderData || !samePoint(requested, point) ? undefined : shown;
  const step = ('step' in point ? point.step : current?.asOf?.step) ?? shown?.asOf?.step ?? 1;
  const count = Math.max(span.data?.count ?? 0, step);

  const replayFilters = useReplayFilters(projectKey);
  const track = useChangeTrack({ projectId, filter: replayFilters.filter, point, step, count, onPoint });
  const playback = usePlayback({
    step: track.value,
    count: track.count,
    ready: current !== undefined && !track.loading,
    onStep: track.goTo,
  });
  // Playing, half a second of boards is read ahead, so that a slow answer now and then does not hold the clock up.
  usePrefetchSteps(projectId, current, count, playback.playing ? Math.max(2, playback.speed / 2) : 2);
  useAddressAt(current?.asOf?.position, onShown);
  const panel = useRef<HTMLElement>(null);
  const changedTaskId = shown?.asOf?.event.taskId ?? null;
  useEffect(() => {
    if (changedTaskId) revealCard(changedTaskId, panel.current);
  }, [changedTaskId]);

  if (!shown?.asOf) {
    return (
      <div className="mx-4 mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3 sm:mx-6">
        {board.isError ? (
          <Alert className="flex-1">{errorMessage(board.error)}</Alert>
        ) : (
          <p className="flex-1 text-sm text-amber-950" aria-busy="true">
            Replaying the board’s history…
          </p>
        )}
        <button type="button" onClick={onExit} className={buttonStyles.primary}>
          Back to live
        </button>
      </div>
    );
  }
  return (
    <>
      <ReplayPanel
        ref={panel}
        projectId={projectId}
        projectKey={projectKey}
        count={count}
        step={step}
        asOf={shown.asOf}
        onStep={track.goTo}
        onExit={onExit}
        playback={playback}
        autoFocus={autoFocus}
        matching={
          track.filtered
            ? { index: track.value, count: track.count, loading: track.loading || current === undefined }
            : null
        }
        aside={
          <ReplayChanges projectId={projectId} projectKey={projectKey} track={track} replayFilters={replayFilters} />
        }
      />
      {board.isError && (
        <Alert className="mx-4 mb-3 sm:mx-6">
          Could not show step {step}: {errorMessage(board.error)}
        </Alert>
      )}
      <FilteredBoard board={shown} />
    </>
  );
}
