'use client';

import Link from 'next/link';
import type { ActivityEntry } from '../../../../_lib/router-types';
import { taskHref } from '../../_lib/links';
import type { Members } from '../../_lib/use-members';
import { activityParts } from './activity-words';

function TaskLink({ taskRef, at }: { taskRef: string | undefined; at: number | undefined }) {
  const match = taskRef ? /^(.+)-(\d+)$/.exec(taskRef) : null;
  if (!taskRef || !match) return <>a task</>;
  return (
    <Link
      prefetch={false}
      href={taskHref(match[1] ?? '', Number(match[2]), at)}
      className="font-mono text-[0.95em] font-medium text-indigo-700 hover:underline"
    >
      {taskRef}
    </Link>
  );
}

/**
 * One entry of the log as a sentence, all of it rendered as text. With `at`, the task it names links to the task as
 * it stood at that point.
 */
export function ActivitySentence({ entry, people, at }: { entry: ActivityEntry; people: Members; at?: number }) {
  return activityParts(entry, people.nameOf).map((part, i) => {
    if (typeof part === 'string') return part;
    if ('actor' in part)
      return (
        <span key={i} className="font-medium text-stone-900">
          {part.actor}
        </span>
      );
    return <TaskLink key={i} taskRef={part.task} at={at} />;
  });
}
