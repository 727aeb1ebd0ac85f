'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import type { ActivityEntry } from '../../../../../_lib/router-types';
import { TextDiff } from '../../../../../_components/ui/text-diff';

/** The events of a task's history whose sentence does not say the words they changed. */
export const changesText = (entry: ActivityEntry) => entry.type === 'TaskDescribed' || entry.type === 'CommentEdited';

/** The words one change of the task replaced, asked for only when the reader opens it. */
export function TextChangeDetail({ taskId, entry }: { taskId: string; entry: ActivityEntry }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const change = useQuery({
    ...trpc.task.textChange.queryOptions({ taskId, position: entry.position }),
    enabled: open,
  });
  const what = entry.type === 'TaskDescribed' ? 'description' : 'comment';
  return (
    <details
      className="mt-1 text-sm"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="cursor-pointer rounded text-xs font-medium text-indigo-700 underline-offset-4 hover:underline">
        Show the words changed
      </summary>
      {change.data ? (
        <TextDiff before={change.data.before} after={change.data.after} label={`Changes to the ${what}`} />
      ) : change.isError ? (
        <p className="mt-1 text-stone-600">{errorMessage(change.error)}</p>
      ) : (
        <p className="mt-1 text-stone-500">Loading…</p>
      )}
    </details>
  );
}
