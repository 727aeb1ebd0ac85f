'use client';

import type { AsOf } from '../../../../_lib/router-types';
import { useExactTime } from '../../../../_components/ui/exact-time';
import { RelativeTime } from '../../../../_components/ui/relative-time';
import { useMembers } from '../../_lib/use-members';
import { ActivitySentence } from '../activity/activity-sentence';
import { activityText, reservedNumberText } from '../activity/activity-words';

/** A step of the replay as text, for the slider's value: when it happened and what it did. */
export function useStepText(projectId: string): (asOf: AsOf) => string {
  const people = useMembers(projectId);
  const format = useExactTime();
  return (asOf) =>
    `${format(asOf.time)} — ${
      asOf.activity ? activityText(asOf.activity, people.nameOf) : reservedNumberText(people.nameOf(asOf.event.actorId))
    }`;
}

/** What the step on screen did, in words; the task it names links to that task as it stood then. */
interface StepCaptionProps {
  projectId: string;
  asOf: AsOf;
  count: number;
  /** Where the step stands among the changes a filter lets through. */
  matching?: { index: number; count: number } | null;
}

export function StepCaption({ projectId, asOf, count, matching = null }: StepCaptionProps) {
  const people = useMembers(projectId);
  return (
    <p className="text-sm break-words text-stone-800">
      <span className="font-medium text-stone-600 tabular-nums">
        {matching && `Change ${matching.index} of ${matching.count} matching · `}
        Step {asOf.step} of {count}:{' '}
      </span>
      {asOf.activity ? (
        <ActivitySentence entry={asOf.activity} people={people} at={asOf.position} />
      ) : (
        reservedNumberText(people.nameOf(asOf.event.actorId))
      )}
      <span className="text-stone-500">
        {' · '}
        <RelativeTime date={asOf.time} />
      </span>
    </p>
  );
}
