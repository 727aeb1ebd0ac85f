'use client';

import Link from 'next/link';
import type { AsOf } from '../../../../../_lib/router-types';
import { useExactTime } from '../../../../../_components/ui/exact-time';
import { buttonStyles, linkStyles } from '../../../../../_components/ui/styles';
import { boardHref, taskHref } from '../../../_lib/links';

export function PastTaskBanner({ projectKey, number, asOf }: { projectKey: string; number: number; asOf: AsOf }) {
  const format = useExactTime();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2">
      <p className="min-w-0 flex-1 basis-64 text-sm text-amber-950">
        <strong className="font-semibold">
          Viewing {projectKey}-{number} as of {format(asOf.time)}
        </strong>{' '}
        — read-only
      </p>
      <Link href={boardHref(projectKey, asOf.position)} className={linkStyles}>
        Board as of then
      </Link>
      <Link href={taskHref(projectKey, number)} className={buttonStyles.primary}>
        Back to live
      </Link>
    </div>
  );
}
