'use client';

import Link from 'next/link';
import type { AsOf } from '../../../../../_lib/router-types';
import { useExactTime } from '../../../../../_components/ui/exact-time';
import { buttonStyles, linkStyles } from '../../../../../_components/ui/styles';
import { RestoreButton } from '../../../_components/acts/restore-button';
import { boardHref, taskHref } from '../../../_lib/links';

interface PastTaskBannerProps {
  projectId: string;
  projectKey: string;
  number: number;
  taskId: string;
  /** Whether the reader may change tasks: then they may restore this one to the point shown. */
  mayRestore: boolean;
  asOf: AsOf;
  /** Leaves a replay opened on the live page, whose address is already the live task's. */
  onExit?: () => void;
}

export function PastTaskBanner({
  projectId,
  projectKey,
  number,
  taskId,
  mayRestore,
  asOf,
  onExit,
}: PastTaskBannerProps) {
  const format = useExactTime();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="min-w-0 flex-1 basis-64 text-sm text-amber-950">
        <strong className="font-semibold">
          Viewing {projectKey}-{number} as of {format(asOf.time)}
        </strong>{' '}
        — read-only
      </p>
      <Link href={boardHref(projectKey, asOf.position)} className={linkStyles}>
        Board as of then
      </Link>
      {mayRestore && (
        <RestoreButton
          projectId={projectId}
          projectKey={projectKey}
          position={asOf.position}
          time={asOf.time}
          task={{ id: taskId, ref: `${projectKey}-${number}` }}
          onRestored={onExit}
        />
      )}
      {onExit ? (
        <button type="button" onClick={onExit} className={buttonStyles.primary}>
          Back to live
        </button>
      ) : (
        <Link href={taskHref(projectKey, number)} className={buttonStyles.primary}>
          Back to live
        </Link>
      )}
    </div>
  );
}
