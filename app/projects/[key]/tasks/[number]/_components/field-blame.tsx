'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../../_trpc/client';
import type { TaskBlame } from '../../../../../_lib/router-types';
import { RelativeTime } from '../../../../../_components/ui/relative-time';
import { eventHref } from '../../../_lib/links';
import { useMembers } from '../../../_lib/use-members';
import { taskBlameInput } from './task-query';
import type { TaskRef } from './use-task-command';

/** Who last set each field of the task (as of `at`, when given); undefined until known. */
export function useTaskBlame(task: TaskRef, at: number | null) {
  const trpc = useTRPC();
  return useQuery(trpc.task.blame.queryOptions(taskBlameInput(task.id, at))).data;
}

/** `git blame` for one field: who last set it and when, linked to that event in the inspector. */
export function FieldBlame({
  task,
  setter,
  field,
}: {
  task: TaskRef;
  setter: TaskBlame[keyof TaskBlame] | undefined;
  field: string;
}) {
  const people = useMembers(task.projectId);
  if (!setter) return null;
  const who = people.nameOf(setter.actorId);
  return (
    <p className="mt-1 text-xs text-stone-500">
      <Link
        href={eventHref(task.key, setter.position)}
        prefetch={false}
        className="relative rounded underline-offset-4 hover:text-stone-900 hover:underline"
      >
        <span className="sr-only">{field} </span>
        {setter.type === 'TaskCreated' ? `as created by ${who}` : `set by ${who}`}, <RelativeTime date={setter.at} />
      </Link>
    </p>
  );
}
