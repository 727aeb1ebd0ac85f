'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { parsePosition } from '../../_lib/links';
import { FilteredBoard } from './filters/filtered-board';
import { BadPoint } from '../replay/bad-point';
import { writeAddressAt } from '../replay/replay-address';
import { ReplayBoard, type BoardPoint } from '../replay/replay-board';
import { ReplayButton } from '../replay/replay-button';

const pointOf = (at: number | null): BoardPoint | null => (at ? { position: at } : null);

/** The live board, or the board at a point of its history (`?at=<position>`) with the replay controls. */
export function Board({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const asked = useSearchParams().get('at');
  const at = parsePosition(asked);
  const [point, setPoint] = useState(() => pointOf(at));
  // The replay writes the address as it moves (`written`); any other change of it is a navigation (a tab, an "as
  // of" link, the back button) and the board follows it.
  const [written, setWritten] = useState(at);
  const [seen, setSeen] = useState(at);
  if (at !== seen) {
    setSeen(at);
    if (at !== written) setPoint(pointOf(at));
  }
  // Whoever opens or leaves the replay with the keyboard lands on the control that comes next: the slider, or the
  // Replay button again.
  const [focus, setFocus] = useState<'slider' | 'replay' | null>(null);
  const writeAt = useCallback((position: number | null) => {
    writeAddressAt(position);
    setWritten(position);
  }, []);

  if (!point && asked !== null && at === null)
    return <BadPoint projectId={projectId} projectKey={projectKey} at={asked} />;
  if (!point)
    return (
      <LiveBoard
        projectId={projectId}
        autoFocus={focus === 'replay'}
        onReplay={(step) => {
          setPoint({ step });
          setFocus('slider');
        }}
      />
    );
  return (
    <ReplayBoard
      projectId={projectId}
      projectKey={projectKey}
      point={point}
      onPoint={setPoint}
      onShown={writeAt}
      autoFocus={focus === 'slider'}
      onExit={() => {
        setPoint(null);
        writeAt(null);
        setFocus('replay');
      }}
    />
  );
}

interface LiveBoardProps {
  projectId: string;
  autoFocus: boolean;
  onReplay: (step: number) => void;
}

function LiveBoard({ projectId, autoFocus, onReplay }: LiveBoardProps) {
  const trpc = useTRPC();
  const { data: board } = useSuspenseQuery(trpc.board.get.queryOptions({ projectId }));
  return (
    <>
      <div className="mb-3 px-4 sm:px-6">
        <ReplayButton projectId={projectId} autoFocus={autoFocus} onReplay={onReplay} />
      </div>
      <FilteredBoard board={board} />
    </>
  );
}
