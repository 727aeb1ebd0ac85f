'use client';

import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { Alert } from '../../../../_components/ui/alert';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { buttonStyles, linkStyles } from '../../../../_components/ui/styles';
import { useLiveProject } from '../../_lib/live/live-project';
import { useCan } from '../../_lib/use-can';
import { useMembers } from '../../_lib/use-members';
import { boardHref, compareHref } from '../../_lib/links';

/** The project's named points, in the order of its history: each opens the board there, or compares it with now. */
export function NamedPointsList({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const people = useMembers(projectId);
  const canUnname = useCan(projectKey, 'changeTasks');
  const { data: points } = useSuspenseQuery(trpc.project.namedPoints.queryOptions({ projectId }));
  const unname = useMutation(trpc.project.unnamePoint.mutationOptions({ onSuccess: (result) => live.settled(result) }));

  return (
    <section aria-labelledby="named-points-heading" className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <h3 id="named-points-heading" className="text-sm font-semibold">
        Named points
      </h3>
      {points.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">
          None yet: open the board’s Replay and name the point on screen, like “Sprint 3 start”.
        </p>
      ) : (
        <ul className="mt-1 divide-y divide-stone-100">
          {points.map((point) => (
            <li key={point.pointId} className="flex flex-wrap items-center gap-x-4 py-1">
              <Link href={boardHref(projectKey, point.position)} className={`${linkStyles} min-w-0 break-words`}>
                {point.name}
              </Link>
              <span className="text-sm text-stone-600">
                step {point.step} · named by {people.nameOf(point.namedBy)} <RelativeTime date={point.namedAt} />
              </span>
              <span className="flex flex-wrap items-center gap-x-4 sm:ml-auto">
                <Link href={compareHref(projectKey, point.position)} className={linkStyles}>
                  What changed since
                  <span className="sr-only"> “{point.name}”</span>
                </Link>
                {canUnname && (
                  <button
                    type="button"
                    disabled={unname.isPending}
                    aria-label={`Remove the name “${point.name}”`}
                    onClick={() => {
                      unname.mutate({ projectId, pointId: point.pointId, commandId: newCommandId() });
                    }}
                    className={buttonStyles.ghost}
                  >
                    Remove
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {unname.error && <Alert className="mt-2">{errorMessage(unname.error)}</Alert>}
    </section>
  );
}
